package dev.pycoach.interview;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Misconception;
import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.MisconceptionHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a question's turns add up to: coverage per concept after probes, misconceptions still standing,
 * whether the answer is sufficient, how deep the candidate went, and the question's score.
 * The planner and the scorecard both read it, so they never disagree.
 */
public final class QuestionProgress {
    private final Question question;
    private final List<Turn> turns;
    private final PlannerPolicy policy;
    private final Map<String, Coverage> firstCoverage = new LinkedHashMap<>();
    private final Map<String, Coverage> coverage = new LinkedHashMap<>();
    private final Map<String, String> evidence = new LinkedHashMap<>();
    private final Set<String> stated = new LinkedHashSet<>();
    private final Set<String> corrected = new LinkedHashSet<>();
    private int depth;

    public QuestionProgress(Question question, List<Turn> turns, PlannerPolicy policy) {
        this.question = question;
        this.turns = List.copyOf(turns);
        this.policy = policy;
        question.concepts().forEach(c -> {
            firstCoverage.put(c.id(), Coverage.MISSED);
            coverage.put(c.id(), Coverage.MISSED);
        });
        turns.forEach(this::apply);
    }

    private void apply(Turn turn) {
        if (turn.skipped() || turn.assessment() == null) {
            return;
        }
        Assessment a = turn.assessment();
        if (turn.isMain()) {
            for (ConceptResult r : a.concepts()) {
                firstCoverage.put(r.conceptId(), r.coverage());
                merge(r);
            }
            a.misconceptions().stream().map(MisconceptionHit::misconceptionId).forEach(stated::add);
            return;
        }
        Optional<Probe> probe = ProbeRefs.resolve(question, turn.probeRef());
        if (probe.isEmpty()) {
            return;
        }
        boolean passed = passed(a);
        if (ProbeRefs.isChallenge(turn.probeRef())) {
            if (!turn.probeRef().contains("/")) {
                a.concepts().forEach(this::merge);
                String misconception = probe.get().misconceptions().get(0).id();
                if (passed) {
                    corrected.add(misconception);
                }
            }
        } else if (probe.get().isDeeper()) {
            if (passed) {
                depth++;
            }
        } else if (passed && coverage.get(probe.get().targets()) != Coverage.COVERED) {
            coverage.put(probe.get().targets(), Coverage.COVERED);
            evidence.put(probe.get().targets(), "(after a follow-up) " + a.concepts().stream()
                    .map(ConceptResult::evidence).filter(e -> e != null).findFirst().orElse(""));
        }
    }

    private void merge(ConceptResult r) {
        if (!coverage.containsKey(r.conceptId())) {
            return;
        }
        if (r.coverage().credit() > coverage.get(r.conceptId()).credit()) {
            coverage.put(r.conceptId(), r.coverage());
            evidence.put(r.conceptId(), r.evidence());
        }
    }

    public boolean passed(Assessment a) {
        return a.score() >= policy.probePass() && !a.hasMisconceptions();
    }

    public Question question() {
        return question;
    }

    public List<Turn> turns() {
        return turns;
    }

    public Optional<Turn> lastTurn() {
        return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(turns.size() - 1));
    }

    public Coverage coverage(String conceptId) {
        return coverage.getOrDefault(conceptId, Coverage.MISSED);
    }

    public Optional<String> evidence(String conceptId) {
        return Optional.ofNullable(evidence.get(conceptId));
    }

    /** Misconceptions stated in the main answer or a challenge and not corrected by a challenge answer. */
    public List<Misconception> standingMisconceptions() {
        return stated.stream().filter(id -> !corrected.contains(id))
                .flatMap(id -> question.misconception(id).stream()).toList();
    }

    public Set<String> correctedMisconceptions() {
        return Set.copyOf(corrected);
    }

    /** Weighted coverage 0–100 after probes, counting concepts exactly as graded. */
    public double coveragePercent() {
        double earned = 0;
        for (Concept c : question.concepts()) {
            earned += c.weight() * coverage(c.id()).credit();
        }
        return 100.0 * earned / question.totalWeight();
    }

    /** No standing misconception, coverage at the threshold, and no heaviest concept missed. */
    public boolean sufficient() {
        int maxWeight = question.concepts().stream().mapToInt(Concept::weight).max().orElse(0);
        boolean coreMissed = question.concepts().stream()
                .anyMatch(c -> c.weight() == maxWeight && coverage(c.id()) == Coverage.MISSED);
        return standingMisconceptions().isEmpty() && coveragePercent() >= policy.sufficientCoverage() && !coreMissed;
    }

    /** Deeper probes answered well. */
    public int depth() {
        return depth;
    }

    /**
     * The question's score: first-answer coverage counts in full, a concept recovered after a follow-up
     * counts half of what it was missing, and each standing misconception costs the grader's penalty
     * (a corrected one half of it).
     */
    public int score() {
        if (turns.stream().noneMatch(t -> t.isMain() && !t.skipped())) {
            return 0;
        }
        double earned = 0;
        for (Concept c : question.concepts()) {
            double first = firstCoverage.get(c.id()).credit();
            double last = coverage(c.id()).credit();
            earned += c.weight() * (first + Math.max(0, last - first) / 2);
        }
        double percent = 100.0 * earned / question.totalWeight()
                - Assessment.MISCONCEPTION_PENALTY * standingMisconceptions().size()
                - Assessment.MISCONCEPTION_PENALTY / 2.0 * corrected.size();
        return (int) Math.round(Math.max(0, Math.min(100, percent)));
    }

    /** Concepts not covered after all turns, heaviest first. */
    public List<Concept> gaps() {
        List<Concept> gaps = new ArrayList<>(question.concepts().stream()
                .filter(c -> coverage(c.id()) != Coverage.COVERED).toList());
        gaps.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
        return gaps;
    }
}
