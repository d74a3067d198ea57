package dev.pycoach.progress;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Misconception;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.grading.Coverage;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.ProgressRecorder;
import dev.pycoach.interview.QuestionProgress;
import dev.pycoach.interview.QuestionRecord;
import dev.pycoach.interview.Turn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns saved interview steps into progress: each newly graded turn is an answer in the log; each question
 * that closed after being answered updates the review schedule of its concepts.
 */
public final class SessionProgress implements ProgressRecorder {
    private final ProgressService progress;
    private final QuestionBank bank;
    private final PlannerPolicy policy;

    public SessionProgress(ProgressService progress, QuestionBank bank, PlannerPolicy policy) {
        this.progress = progress;
        this.bank = bank;
        this.policy = policy;
    }

    @Override
    public void stepSaved(InterviewSession before, InterviewSession after) {
        if (before == null) {
            return;
        }
        for (int i = 0; i < after.records().size(); i++) {
            QuestionRecord was = before.records().get(i);
            QuestionRecord now = after.records().get(i);
            Question question = bank.find(now.questionId()).orElse(null);
            if (question == null) {
                continue;
            }
            for (Turn turn : now.turns().subList(was.turns().size(), now.turns().size())) {
                if (!turn.skipped() && turn.assessment() != null) {
                    progress.recordAnswer(new GradedAnswer(after.userId(), null, after.id(), question.id(),
                            turn.probeRef(), question.topic(), turn.assessment()));
                }
            }
            if (was.outcome() == null && now.outcome() != null && now.answered()) {
                progress.recordReview(after.userId(), question.id(), recalls(question, now.turns(), policy));
            }
        }
    }

    /**
     * How well each concept of an answered question was recalled: wrong when a misconception refuting it was left
     * standing, solid when the first answer covered it, shaky when it was partly there or recovered after a
     * follow-up, else missed.
     */
    public static Map<String, Recall> recalls(Question question, List<Turn> turns, PlannerPolicy policy) {
        QuestionProgress progress = new QuestionProgress(question, turns, policy);
        Set<String> refuted = progress.standingMisconceptions().stream()
                .flatMap((Misconception m) -> m.refutes().stream()).collect(Collectors.toSet());
        Turn main = turns.stream().filter(t -> t.isMain() && !t.skipped()).findFirst().orElseThrow();
        Map<String, Recall> recalls = new LinkedHashMap<>();
        for (Concept c : question.concepts()) {
            Coverage first = main.assessment().coverageOf(c.id());
            Coverage last = progress.coverage(c.id());
            Recall recall = refuted.contains(c.id()) ? Recall.WRONG
                    : first == Coverage.COVERED ? Recall.SOLID
                    : last != Coverage.MISSED ? Recall.SHAKY : Recall.MISSED;
            recalls.put(c.id(), recall);
        }
        return recalls;
    }
}
