package dev.pycoach.discord;

/** A request the bot refuses; the message is written for the user and shown to them privately. */
final class UserFacingException extends RuntimeException {
    UserFacingException(String message) {
        super(message);
    }
}
