package dev.pycoach.console;

import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Rubric;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.Grader;
import dev.pycoach.grading.MisconceptionHit;
import dev.pycoach.interview.PlanDecision;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.ProbeRefs;
import dev.pycoach.interview.SingleAnswerPlanner;
import java.util.List;
import java.util.Locale;

/** {@code grade}: grades one answer and says what the interviewer would do next ({@link SingleAnswerPlanner}). */
final class GradeCommand {
    private final QuestionBank bank;
    private final Grader grader;
    private final PlannerPolicy policy;
    private final int probeBudget;

    GradeCommand(QuestionBank bank, Grader grader, PlannerPolicy policy, int probeBudget) {
        this.bank = bank;
        this.grader = grader;
        this.policy = policy;
        this.probeBudget = probeBudget;
    }

    record ConceptOut(String id, String status, String evidence) {
    }

    record NextOut(String kind, String probe, String text) {
    }

    record GradeOut(String question, String probe, int score, List<ConceptOut> concepts, List<String> misconceptions,
                    NextOut next) {
    }

    GradeOut grade(String questionId, String probeRef, String answer) {
        Question question = bank.find(questionId).orElseThrow(() -> new UsageException(
                "unknown question '" + questionId + "' (see: bank stats --json, or the questions/ folder)"));
        Rubric rubric = question;
        if (probeRef != null) {
            rubric = ProbeRefs.resolve(question, probeRef).orElseThrow(() -> new UsageException(
                    "question '" + questionId + "' has no probe '" + probeRef + "' (probes: "
                            + String.join(", ", question.probes().stream().map(Probe::id).toList()) + ")"));
        }
        Assessment assessment = grader.assess(rubric, answer);
        PlanDecision decision = new SingleAnswerPlanner(policy, probeBudget)
                .next(question, probeRef == null ? null : (Probe) rubric, assessment);
        NextOut next = decision.asksProbe()
                ? new NextOut("probe", decision.probe().id(), decision.probe().prompt().strip())
                : new NextOut("next", null, null);
        return new GradeOut(question.id(), probeRef, assessment.score(),
                assessment.concepts().stream().map(c -> new ConceptOut(c.conceptId(),
                        c.coverage().name().toLowerCase(Locale.ROOT), c.evidence())).toList(),
                assessment.misconceptions().stream().map(MisconceptionHit::misconceptionId).toList(), next);
    }
}
