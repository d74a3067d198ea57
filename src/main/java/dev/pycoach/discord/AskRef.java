package dev.pycoach.discord;

import dev.pycoach.interview.InterviewSession;

/**
 * Names the point an interview is at: the question index and the number of turns on it, e.g. {@code 0-2}.
 * A hint does not move it; an answer or a skip does. Drafts and step buttons carry it, so a stale button or a
 * draft written for an earlier question is never applied to the current one.
 */
final class AskRef {
    static final String FINISHED = "done";

    private AskRef() {
    }

    static String of(InterviewSession session) {
        if (session.finished()) {
            return FINISHED;
        }
        return session.index() + "-" + session.currentRecord().turns().size();
    }
}
