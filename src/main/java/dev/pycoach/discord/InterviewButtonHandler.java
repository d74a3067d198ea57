package dev.pycoach.discord;

import dev.pycoach.interview.InterviewService;
import dev.pycoach.interview.InterviewSession;

/**
 * Submit, Hint, Skip and End under a DM question. A button of another interview, or a step button of an
 * earlier question, is refused rather than applied to where the user is now.
 */
final class InterviewButtonHandler {
    private final InterviewService interviews;
    private final AnswerCollector answers;
    private final Drafts drafts;
    private final RateLimits limits;
    private final Views views;

    InterviewButtonHandler(InterviewService interviews, AnswerCollector answers, Drafts drafts, RateLimits limits,
                           Views views) {
        this.interviews = interviews;
        this.answers = answers;
        this.drafts = drafts;
        this.limits = limits;
        this.views = views;
    }

    void handle(String userId, ComponentId.Interview id, InteractionReply reply) {
        InterviewSession session = interviews.hasActive(userId) ? interviews.current(userId).session() : null;
        if (session == null || !session.id().equals(id.sessionId())) {
            reply.sendEphemeral(views.interview().otherInterview());
            return;
        }
        if (id.step() != ComponentId.Step.END && !AskRef.of(session).equals(id.ask())) {
            reply.sendEphemeral(views.interview().staleButton());
            return;
        }
        switch (id.step()) {
            case SUBMIT -> {
                limits.requireAnswer(userId, views.notices());
                reply.send(answers.submit(userId, session));
            }
            case HINT -> reply.send(views.interview().render(interviews.hint(userId)));
            case SKIP -> {
                drafts.clear(userId);
                reply.send(views.interview().render(interviews.skip(userId)));
            }
            case END -> {
                drafts.clear(userId);
                reply.send(views.interview().render(interviews.end(userId)));
            }
        }
    }
}
