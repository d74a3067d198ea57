package dev.pycoach.discord;

import dev.pycoach.interview.InterviewException;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a handler failure into what the user sees: a refusal's own message, or for a bug a polite apology with
 * a reference that matches the ERROR log line.
 */
final class Failures {
    private static final Logger log = LoggerFactory.getLogger(Failures.class);
    private final NoticeView notices;

    Failures(NoticeView notices) {
        this.notices = notices;
    }

    MessageCreateData message(RuntimeException e, String reference) {
        if (e instanceof UserFacingException || e instanceof InterviewException) {
            return notices.refused(e.getMessage());
        }
        log.error("Handler failed (ref {})", reference, e);
        return notices.unexpected(reference);
    }
}
