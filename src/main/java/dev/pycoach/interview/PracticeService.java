package dev.pycoach.interview;

import dev.pycoach.bank.Level;
import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Topic;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.Grader;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One quick question outside an interview: pick a question, grade one answer to it, and say which follow-up
 * an interviewer would ask next. Stateless, so a practice question keeps working after a restart.
 */
public final class PracticeService {
    private final QuestionBank bank;
    private final Grader grader;
    private final QuestionPicker picker;
    private final PlannerPolicy policy;
    private final int probeBudget;

    public PracticeService(QuestionBank bank, Grader grader, QuestionPicker picker, PlannerPolicy policy,
                           int probeBudget) {
        this.bank = bank;
        this.grader = grader;
        this.picker = picker;
        this.policy = policy;
        this.probeBudget = probeBudget;
    }

    /** A question of the topic and level when given (null for any), drawn from {@code seed}. */
    public Question pick(Topic topic, Level level, long seed) {
        List<String> ids = picker.pick(bank, new SessionSpec(topic, level, 1, Mode.COACH, probeBudget, seed), Set.of());
        if (ids.isEmpty()) {
            throw new InterviewException("There are no questions for "
                    + (topic == null ? "any topic" : "topic " + topic.slug())
                    + (level == null ? "" : " at level " + level.slug()) + ". Try another topic or level.");
        }
        return question(ids.get(0));
    }

    public Question question(String questionId) {
        return bank.find(questionId).orElseThrow(() -> new InterviewException(
                "That question is no longer in the bank. Ask for a new one with /practice."));
    }

    /** Grades {@code answer} against the question and plans the follow-up an interviewer would ask. */
    public Result grade(String questionId, String answer) {
        if (answer == null || answer.isBlank()) {
            throw new InterviewException("That answer was empty. Write your answer, then submit.");
        }
        Question question = question(questionId);
        Assessment assessment = grader.assess(question, answer);
        QuestionProgress progress = new QuestionProgress(question, List.of(Turn.answered(null, assessment)), policy);
        PlanDecision decision = new ProbePlanner(policy).plan(progress, Set.of(), probeBudget);
        Feedback feedback = new Feedback(question, assessment, decision.reason());
        return new Result(question, feedback, decision.asksProbe() ? decision.probe() : null);
    }

    /** A graded practice answer; {@code followUp} is null when the interviewer would move on. */
    public record Result(Question question, Feedback feedback, Probe followUp) {
        public Optional<Probe> followUpPart() {
            return Optional.ofNullable(followUp);
        }
    }
}
