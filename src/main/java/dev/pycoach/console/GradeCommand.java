package dev.pycoach.console;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Rubric;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.Grader;
import dev.pycoach.grading.MisconceptionHit;
import dev.pycoach.interview.PlanDecision;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.ProbePlanner;
import dev.pycoach.interview.ProbeRefs;
import dev.pycoach.interview.QuestionProgress;
import dev.pycoach.interview.Turn;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code grade}: grades one answer and says what the interviewer would do next. For a probe's answer the
 * next step assumes the main answer earned that probe: everything covered for a deeper probe, everything but
 * the target for a targeted one, the misconception stated for a challenge.
 */
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
        List<Turn> turns = probeRef == null
                ? List.of(Turn.answered(null, assessment))
                : List.of(Turn.answered(null, assumedMainAnswer(question, (Probe) rubric)), Turn.answered(probeRef, assessment));
        Set<String> unavailable = probeRef == null ? Set.of() : Set.of(probeRef);
        int budgetLeft = probeBudget - (probeRef == null ? 0 : 1);
        PlanDecision decision = new ProbePlanner(policy).plan(new QuestionProgress(question, turns, policy),
                unavailable, budgetLeft);
        NextOut next = decision.asksProbe()
                ? new NextOut("probe", decision.probe().id(), decision.probe().prompt().strip())
                : new NextOut("next", null, null);
        return new GradeOut(question.id(), probeRef, assessment.score(),
                assessment.concepts().stream().map(c -> new ConceptOut(c.conceptId(),
                        c.coverage().name().toLowerCase(Locale.ROOT), c.evidence())).toList(),
                assessment.misconceptions().stream().map(MisconceptionHit::misconceptionId).toList(), next);
    }

    private static Assessment assumedMainAnswer(Question question, Probe probe) {
        List<ConceptResult> concepts = question.concepts().stream()
                .map(Concept::id)
                .map(id -> new ConceptResult(id, id.equals(probe.targets()) ? Coverage.MISSED : Coverage.COVERED, null))
                .toList();
        List<MisconceptionHit> hits = ProbeRefs.isChallenge(probe.id()) && !probe.id().contains("/")
                ? List.of(new MisconceptionHit(probe.misconceptions().get(0).id(), null)) : List.of();
        return new Assessment(question.id(), concepts, hits, 100);
    }
}
