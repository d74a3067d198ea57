package dev.pycoach.interview;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Misconception;
import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.MisconceptionHit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the next step the way an interviewer would, in this order: challenge a misconception just stated;
 * if the answer is not yet sufficient, probe the heaviest missed or thin concept; if the core is covered, go
 * one rung deeper; otherwise move on. Probes already asked or skipped are never chosen again.
 */
public final class ProbePlanner {
    private final PlannerPolicy policy;

    public ProbePlanner(PlannerPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param unavailable probe refs asked on this question or skipped in the session
     * @param budgetLeft probes that may still be asked on this question
     */
    public PlanDecision plan(QuestionProgress progress, Set<String> unavailable, int budgetLeft) {
        Question question = progress.question();
        Optional<Turn> last = progress.lastTurn().filter(t -> !t.skipped());

        Optional<Probe> challenge = last.flatMap(t -> challengeFor(question, t, unavailable));
        if (challenge.isPresent()) {
            return budgetLeft > 0
                    ? PlanDecision.ask(challenge.get(), "challenge a misconception")
                    : PlanDecision.moveOn(Outcome.BUDGET_SPENT, "a misconception stands but the probe budget is spent");
        }
        if (!progress.sufficient()) {
            Optional<Probe> targeted = targetedProbe(progress, unavailable);
            if (targeted.isEmpty()) {
                return PlanDecision.moveOn(Outcome.GAPS_REMAIN, "gaps remain that no unasked probe addresses");
            }
            return budgetLeft > 0
                    ? PlanDecision.ask(targeted.get(), "probe a missed concept: " + targeted.get().targets())
                    : PlanDecision.moveOn(Outcome.BUDGET_SPENT, "gaps remain but the probe budget is spent");
        }
        Optional<Probe> deeper = deeperProbe(progress, last, unavailable);
        if (deeper.isPresent() && budgetLeft > 0) {
            return PlanDecision.ask(deeper.get(), "the core is covered: go deeper");
        }
        return PlanDecision.moveOn(Outcome.SUFFICIENT, "the answer is sufficient");
    }

    private Optional<Probe> challengeFor(Question question, Turn turn, Set<String> unavailable) {
        String owner = turn.isMain() || ProbeRefs.isChallenge(turn.probeRef()) ? null : turn.probeRef();
        for (String misconceptionId : inRubricOrder(question, owner, turn.assessment().misconceptions())) {
            String ref = ProbeRefs.challenge(owner, misconceptionId);
            if (!unavailable.contains(ref) && !ref.equals(turn.probeRef())) {
                Optional<Probe> probe = ProbeRefs.resolve(question, ref);
                if (probe.isPresent()) {
                    return probe;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * When an answer states several misconceptions, the one the bank lists first is challenged, whatever order
     * the grader found them in: the author orders them by how much they matter.
     */
    private static List<String> inRubricOrder(Question question, String owner, List<MisconceptionHit> hits) {
        List<String> declared = (owner == null ? Optional.of(question.misconceptions())
                : question.probe(owner).map(Probe::misconceptions)).orElse(List.of())
                .stream().map(Misconception::id).toList();
        return hits.stream().map(MisconceptionHit::misconceptionId).distinct()
                .sorted(Comparator.comparingInt((String id) -> declared.indexOf(id) < 0 ? Integer.MAX_VALUE : declared.indexOf(id)))
                .toList();
    }

    private Optional<Probe> targetedProbe(QuestionProgress progress, Set<String> unavailable) {
        Question question = progress.question();
        return question.concepts().stream()
                .filter(c -> progress.coverage(c.id()) != Coverage.COVERED)
                .filter(c -> c.weight() >= policy.heavyWeight() || progress.coverage(c.id()) == Coverage.MISSED)
                .sorted(Comparator.comparing((Concept c) -> progress.coverage(c.id()) == Coverage.MISSED ? 0 : 1)
                        .thenComparing(Concept::weight, Comparator.reverseOrder()))
                .flatMap(c -> question.probes().stream()
                        .filter(p -> c.id().equals(p.targets()) && !unavailable.contains(p.id())))
                .findFirst();
    }

    private Optional<Probe> deeperProbe(QuestionProgress progress, Optional<Turn> last, Set<String> unavailable) {
        Question question = progress.question();
        List<Probe> open = question.probes().stream()
                .filter(Probe::isDeeper).filter(p -> !unavailable.contains(p.id())).toList();
        Optional<Probe> lastProbe = last.filter(t -> !t.isMain()).flatMap(t -> question.probe(t.probeRef()));
        if (lastProbe.isPresent() && lastProbe.get().isDeeper()) {
            if (!progress.passed(last.get().assessment())) {
                return Optional.empty();
            }
            return open.stream().filter(p -> lastProbe.get().id().equals(p.after())).findFirst();
        }
        return open.stream().filter(p -> p.after() == null).findFirst();
    }
}
