package dev.pycoach.progress;

import dev.pycoach.bank.Question;
import dev.pycoach.grading.Assessment;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.Transactions;
import dev.pycoach.interview.Turn;
import java.util.List;

/**
 * Turns a graded one-off practice answer (Discord's {@code /practice}) into progress, as one unit: an answer in the
 * log (personal streak, weekly points) and the question's concepts in the review schedule, the question being
 * closed after its one answer. It is not a daily-question answer, so it never advances a server's streak.
 */
public final class PracticeProgress {
    private final ProgressService progress;
    private final PlannerPolicy policy;
    private final Transactions transactions;

    public PracticeProgress(ProgressService progress, PlannerPolicy policy, Transactions transactions) {
        this.progress = progress;
        this.policy = policy;
        this.transactions = transactions;
    }

    public void record(String userId, Question question, Assessment assessment) {
        transactions.run(() -> {
            progress.recordAnswer(new GradedAnswer(userId, null, null, question.id(), null, question.topic(),
                    assessment));
            progress.recordReview(userId, question.id(),
                    SessionProgress.recalls(question, List.of(Turn.answered(null, assessment)), policy));
        });
    }
}
