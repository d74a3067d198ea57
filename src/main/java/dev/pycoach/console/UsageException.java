package dev.pycoach.console;

/** A bad invocation: the message says what was wrong; the caller prints usage and exits 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
