package dev.pycoach.interview;

import java.util.Optional;

/**
 * The result of one engine step, for an adapter to render: the new session, feedback on the answer (coach
 * mode), what to ask next, the scorecard once finished, and a notice (a hint, a model answer, or why nothing
 * changed). Absent parts are null.
 */
public record Reply(InterviewSession session, Feedback feedback, Ask ask, Scorecard scorecard, String notice) {

    public Optional<Feedback> feedbackPart() {
        return Optional.ofNullable(feedback);
    }

    public Optional<Ask> askPart() {
        return Optional.ofNullable(ask);
    }

    public Optional<Scorecard> scorecardPart() {
        return Optional.ofNullable(scorecard);
    }

    public Optional<String> noticePart() {
        return Optional.ofNullable(notice);
    }
}
