package dev.pycoach.bench;

import dev.pycoach.bank.BankLoader;
import dev.pycoach.bank.BankSource;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.grading.Grader;
import dev.pycoach.embedding.MiniLmSentenceEmbedder;
import dev.pycoach.grading.HybridGrader;
import dev.pycoach.grading.LexicalGrader;
import dev.pycoach.grading.SemanticThresholds;
import dev.pycoach.grading.SentenceEmbedder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the grading quality table for every grader on the labelled set. Run: scripts/bench-grading-quality.sh */
public final class GradingBenchmark {
    private GradingBenchmark() {
    }

    /**
     * Arguments: none for the tables; {@code --tuning} for the tuning set's rows only (what a cue writer may look
     * at); {@code --sweep} to scan the hybrid thresholds on the tuning set.
     */
    public static void main(String[] args) {
        QuestionBank bank = new BankLoader().load(BankSource.fromDirectory(Path.of("questions")));
        List<LabelledSet.Labelled> tuning = LabelledSet.load(bank, LabelledSet.TUNING);
        List<LabelledSet.Labelled> heldOut = LabelledSet.load(bank, LabelledSet.HELD_OUT);
        List<LabelledSet.Labelled> all = LabelledSet.load(bank);
        MiniLmSentenceEmbedder embedder = new MiniLmSentenceEmbedder();
        long t0 = System.nanoTime();
        embedder.embed(List.of("warm up"));
        System.out.printf("embedding model load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        if (args.length > 0 && args[0].equals("--sweep")) {
            sweep(tuning, new MemoizingEmbedder(embedder));
            return;
        }
        Map<String, Grader> graders = new LinkedHashMap<>();
        graders.put("lexical", new LexicalGrader());
        graders.put("hybrid", new HybridGrader(new LexicalGrader(), embedder, SemanticThresholds.DEFAULT));
        Map<String, List<LabelledSet.Labelled>> sets = new LinkedHashMap<>();
        sets.put("tuning", tuning);
        if (!(args.length > 0 && args[0].equals("--tuning"))) {
            sets.put("held-out", heldOut);
            sets.put("fresh", LabelledSet.load(bank, LabelledSet.FRESH));
            sets.put("all", all);
        }
        sets.forEach((name, set) -> System.out.printf("%s set: %d answers over %d questions%n", name, set.size(),
                set.stream().map(l -> l.question().id()).distinct().count()));
        for (Map.Entry<String, Grader> g : graders.entrySet()) {
            GradingQuality.run(g.getValue(), tuning); // warm-up
            System.out.printf("%n== %s ==%n", g.getKey());
            System.out.printf("%-9s | %5s %5s %5s | %7s | %5s %5s | %5s | %7s %7s%n", "set", "P", "R", "F1",
                    "paraF1", "misP", "misR", "next", "p50 ms", "p99 ms");
            GradingQuality.Report allReport = null;
            for (Map.Entry<String, List<LabelledSet.Labelled>> set : sets.entrySet()) {
                GradingQuality.Report r = GradingQuality.run(g.getValue(), set.getValue());
                allReport = r;
                System.out.printf("%-9s | %5.2f %5.2f %5.2f | %7.2f | %5.2f %5.2f | %5.2f | %7.2f %7.2f%n", set.getKey(),
                        r.concepts().precision(), r.concepts().recall(), r.concepts().f1(),
                        r.conceptsByKind().getOrDefault("paraphrase", new GradingQuality.Counts()).f1(),
                        r.misconceptions().precision(), r.misconceptions().recall(), r.nextAgreement(),
                        r.percentileMillis(0.5), r.percentileMillis(0.99));
            }
            System.out.printf("concepts by answer kind (%s):%n", sets.size() == 1 ? "tuning" : "all");
            allReport.conceptsByKind().forEach((kind, c) -> System.out.printf("  %-14s P %.2f R %.2f F1 %.2f%n", kind,
                    c.precision(), c.recall(), c.f1()));
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%nheap used: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    /** Scans the semantic thresholds (covered, partial, margin) on the set it is given. */
    private static void sweep(List<LabelledSet.Labelled> set, SentenceEmbedder embedder) {
        System.out.println("covered partial margin onTopic | F1    paraF1 | misP misR | next");
        for (double covered = 0.25; covered <= 0.401; covered += 0.05) {
            for (double partial = covered - 0.10; partial <= covered + 0.001; partial += 0.05) {
                for (double margin = 0.05; margin <= 0.151; margin += 0.05) {
                    for (double onTopic = 0.0; onTopic <= 0.401; onTopic += 0.1) {
                        row(set, embedder, new SemanticThresholds(covered, partial, margin, onTopic));
                    }
                }
            }
        }
    }

    private static void row(List<LabelledSet.Labelled> set, SentenceEmbedder embedder, SemanticThresholds t) {
        GradingQuality.Report r = GradingQuality.run(new HybridGrader(new LexicalGrader(), embedder, t), set);
        System.out.printf("%.2f    %.2f    %.2f   %.2f    | %.3f %.3f | %.2f %.2f | %.3f%n", t.covered(),
                t.partial(), t.margin(), t.onTopic(), r.concepts().f1(),
                r.conceptsByKind().getOrDefault("paraphrase", new GradingQuality.Counts()).f1(),
                r.misconceptions().precision(), r.misconceptions().recall(), r.nextAgreement());
    }
}
