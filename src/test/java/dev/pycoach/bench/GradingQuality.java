package dev.pycoach.bench;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Misconception;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.Grader;
import dev.pycoach.grading.MisconceptionHit;
import dev.pycoach.interview.PlanDecision;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.SingleAnswerPlanner;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Grades every labelled answer and compares with the labels: concept P/R/F1, misconceptions, next step. */
public final class GradingQuality {

    /** Counts of one comparison. */
    public static final class Counts {
        long tp;
        long fp;
        long fn;

        public Counts() {
        }

        void add(boolean predicted, boolean actual) {
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            }
        }

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The figures of one run. */
    public record Report(Map<String, Counts> conceptsByKind, Counts concepts, Counts misconceptions, int answers,
                         int nextAgreed, long[] latencyNanos) {
        public double nextAgreement() {
            return answers == 0 ? 1 : (double) nextAgreed / answers;
        }

        public double percentileMillis(double p) {
            long[] sorted = latencyNanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
        }
    }

    private GradingQuality() {
    }

    public static Report run(Grader grader, List<LabelledSet.Labelled> set) {
        Map<String, Counts> byKind = new TreeMap<>();
        Counts concepts = new Counts();
        Counts misconceptions = new Counts();
        SingleAnswerPlanner planner = new SingleAnswerPlanner(PlannerPolicy.DEFAULT, 2);
        long[] latency = new long[set.size()];
        int agreed = 0;
        for (int i = 0; i < set.size(); i++) {
            LabelledSet.Labelled l = set.get(i);
            long start = System.nanoTime();
            Assessment a = grader.assess(l.rubric(), l.text());
            latency[i] = System.nanoTime() - start;
            Counts kind = byKind.computeIfAbsent(l.kind(), k -> new Counts());
            for (Concept c : l.rubric().concepts()) {
                boolean predicted = a.coverageOf(c.id()) != Coverage.MISSED;
                boolean actual = l.credit().contains(c.id());
                concepts.add(predicted, actual);
                kind.add(predicted, actual);
            }
            for (Misconception m : l.rubric().misconceptions()) {
                boolean predicted = a.misconceptions().stream().anyMatch(h -> h.misconceptionId().equals(m.id()));
                misconceptions.add(predicted, l.misconceptions().contains(m.id()));
            }
            if (step(planner.next(l.question(), l.probe(), a)).equals(step(planner.next(l.question(), l.probe(), labelled(l))))) {
                agreed++;
            }
        }
        return new Report(byKind, concepts, misconceptions, set.size(), agreed, latency);
    }

    /** What the labels say, as an assessment the planner can read. */
    static Assessment labelled(LabelledSet.Labelled l) {
        List<ConceptResult> results = l.rubric().concepts().stream()
                .map(c -> new ConceptResult(c.id(), l.credit().contains(c.id()) ? Coverage.COVERED : Coverage.MISSED, null))
                .toList();
        double total = l.rubric().totalWeight();
        double earned = l.rubric().concepts().stream().filter(c -> l.credit().contains(c.id())).mapToInt(Concept::weight).sum();
        int score = (int) Math.round(Math.max(0, 100 * earned / total - Assessment.MISCONCEPTION_PENALTY * l.misconceptions().size()));
        return new Assessment(l.rubric().id(), results,
                l.misconceptions().stream().map(m -> new MisconceptionHit(m, null)).toList(), score);
    }

    private static String step(PlanDecision d) {
        return d.asksProbe() ? d.probe().id() : "next";
    }
}
