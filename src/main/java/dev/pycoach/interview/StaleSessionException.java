package dev.pycoach.interview;

/** A session update based on an old version: someone else's turn was applied first. */
public final class StaleSessionException extends RuntimeException {
    public StaleSessionException(String sessionId, long expected, long actual) {
        super("session " + sessionId + " is at version " + actual + ", not " + expected);
    }
}
