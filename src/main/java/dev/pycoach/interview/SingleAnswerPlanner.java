package dev.pycoach.interview;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.MisconceptionHit;
import java.util.List;
import java.util.Set;

/**
 * The next step after one answer seen on its own (the {@code grade} command, the grading benchmark).
 * For a probe's answer it assumes the main answer earned that probe: everything covered for a deeper
 * probe, everything but the target for a targeted one, the misconception stated for a challenge.
 */
public final class SingleAnswerPlanner {
    private final PlannerPolicy policy;
    private final int probeBudget;

    public SingleAnswerPlanner(PlannerPolicy policy, int probeBudget) {
        this.policy = policy;
        this.probeBudget = probeBudget;
    }

    /** @param probe the probe answered, or null for the question itself */
    public PlanDecision next(Question question, Probe probe, Assessment assessment) {
        List<Turn> turns = probe == null
                ? List.of(Turn.answered(null, assessment))
                : List.of(Turn.answered(null, assumedMainAnswer(question, probe)), Turn.answered(probe.id(), assessment));
        Set<String> unavailable = probe == null ? Set.of() : Set.of(probe.id());
        int budgetLeft = probeBudget - (probe == null ? 0 : 1);
        return new ProbePlanner(policy).plan(new QuestionProgress(question, turns, policy), unavailable, budgetLeft);
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
