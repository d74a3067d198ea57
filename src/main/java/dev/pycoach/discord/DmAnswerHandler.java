package dev.pycoach.discord;

import dev.pycoach.interview.InterviewService;
import java.util.List;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * A plain DM to the bot: a part of the answer to the current question. Rate-limited per user; past the limit
 * the user is told once per window, and further messages are dropped without a reply (no bot spam back).
 */
final class DmAnswerHandler {
    private final InterviewService interviews;
    private final AnswerCollector answers;
    private final RateLimits limits;
    private final DirectMessages dms;
    private final Views views;

    DmAnswerHandler(InterviewService interviews, AnswerCollector answers, RateLimits limits, DirectMessages dms,
                    Views views) {
        this.interviews = interviews;
        this.answers = answers;
        this.limits = limits;
        this.dms = dms;
        this.views = views;
    }

    void handle(String userId, MessageChannel channel, String content) {
        RateLimiter.Decision decision = limits.answers().acquire(userId);
        if (!decision.allowed()) {
            if (decision.firstRefusal()) {
                dms.sendAll(channel, List.of(views.notices().slowDownAnswers(decision)));
            }
            return;
        }
        List<MessageCreateData> reply;
        if (!interviews.hasActive(userId)) {
            reply = List.of(views.interview().noInterview());
        } else if (content == null || content.isBlank()) {
            reply = List.of(views.interview().textOnly());
        } else {
            reply = answers.add(userId, interviews.current(userId).session(), content);
        }
        dms.sendAll(channel, reply);
    }
}
