package dev.pycoach.discord;

import dev.pycoach.interview.InterviewService;
import dev.pycoach.interview.InterviewSession;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Collects a DM answer written over several messages and submits it as one: on a message ending with
 * {@code done}, or on the Submit button. Runs on the user's serial queue.
 */
final class AnswerCollector {
    private final InterviewService interviews;
    private final Drafts drafts;
    private final InterviewView view;

    AnswerCollector(InterviewService interviews, Drafts drafts, InterviewView view) {
        this.interviews = interviews;
        this.drafts = drafts;
        this.view = view;
    }

    /** Adds one DM message to the user's draft, and submits the draft when the message ends the answer. */
    List<MessageCreateData> add(String userId, InterviewSession session, String message) {
        EndMarker marker = EndMarker.parse(message);
        Draft draft = drafts.current(userId, session.id(), AskRef.of(session));
        if (!marker.body().isEmpty()) {
            if (draft.chars() + marker.body().length() > Draft.MAX_CHARS) {
                return List.of(view.draftFull());
            }
            draft = draft.with(marker.body());
        }
        if (!marker.ends()) {
            drafts.put(userId, draft);
            return List.of(view.draftNoted(draft, session));
        }
        return submit(userId, draft);
    }

    /** Submits the user's draft for the session's current point; refuses an empty one. */
    List<MessageCreateData> submit(String userId, InterviewSession session) {
        return submit(userId, drafts.current(userId, session.id(), AskRef.of(session)));
    }

    private List<MessageCreateData> submit(String userId, Draft draft) {
        if (draft.isEmpty()) {
            throw new UserFacingException(view.nothingToSubmit().getContent());
        }
        List<MessageCreateData> reply = view.render(interviews.answer(userId, draft.text()));
        drafts.clear(userId);
        return reply;
    }
}
