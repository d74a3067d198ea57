package dev.pycoach.interview;

/** A request the engine cannot serve; the message is written for the candidate. */
public final class InterviewException extends RuntimeException {
    public InterviewException(String message) {
        super(message);
    }
}
