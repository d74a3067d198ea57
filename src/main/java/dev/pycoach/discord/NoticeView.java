package dev.pycoach.discord;

import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Refusals and errors, always polite, never a stack trace. Pure. */
final class NoticeView {

    MessageCreateData refused(String message) {
        return Outgoing.text(message);
    }

    MessageCreateData unexpected(String reference) {
        return Outgoing.text("Sorry, something went wrong on my side and nothing was changed. Please try again "
                + "in a moment. (ref " + reference + ")");
    }

    MessageCreateData slowDownStarts(RateLimiter.Decision decision) {
        return Outgoing.text("Slow down a little: you have started several interviews just now. You can start "
                + "another in " + decision.waitText() + ".");
    }

    MessageCreateData slowDownAnswers(RateLimiter.Decision decision) {
        return Outgoing.text("Slow down a little \u2014 I can take more in " + decision.waitText() + ". Messages sent "
                + "before then are not saved, so send them again after that.");
    }

    MessageCreateData unknownButton() {
        return Outgoing.text("That button is from an older version of PyCoach. Run the command again to get a "
                + "fresh one.");
    }
}
