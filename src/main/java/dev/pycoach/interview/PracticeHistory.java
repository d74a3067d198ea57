package dev.pycoach.interview;

/** Where the picker's {@link PickHints} come from: the user's answers and review schedule. */
@FunctionalInterface
public interface PracticeHistory {

    PickHints hintsFor(String userId);

    static PracticeHistory of(InterviewService.RecentQuestions recent) {
        return userId -> PickHints.avoiding(recent.recentFor(userId));
    }
}
