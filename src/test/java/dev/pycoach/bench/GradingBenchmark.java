package dev.pycoach.bench;

import dev.pycoach.bank.BankLoader;
import dev.pycoach.bank.BankSource;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.grading.Grader;
import dev.pycoach.grading.LexicalGrader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the grading quality table for every grader on the labelled set. Run: scripts/bench-grading-quality.sh */
public final class GradingBenchmark {
    private GradingBenchmark() {
    }

    public static void main(String[] args) {
        QuestionBank bank = new BankLoader().load(BankSource.fromDirectory(Path.of("questions")));
        List<LabelledSet.Labelled> set = LabelledSet.load(bank);
        Map<String, Grader> graders = new LinkedHashMap<>();
        graders.put("lexical", new LexicalGrader());
        System.out.printf("labelled set: %d answers over %d questions%n", set.size(),
                set.stream().map(l -> l.question().id()).distinct().count());
        for (Map.Entry<String, Grader> g : graders.entrySet()) {
            GradingQuality.run(g.getValue(), set);
            GradingQuality.Report r = GradingQuality.run(g.getValue(), set);
            System.out.printf("%n== %s ==%n", g.getKey());
            System.out.printf("%-14s %6s %6s %6s%n", "concepts", "P", "R", "F1");
            r.conceptsByKind().forEach((kind, c) -> System.out.printf("%-14s %6.2f %6.2f %6.2f%n", kind,
                    c.precision(), c.recall(), c.f1()));
            System.out.printf("%-14s %6.2f %6.2f %6.2f%n", "overall", r.concepts().precision(), r.concepts().recall(),
                    r.concepts().f1());
            System.out.printf("misconceptions P %.2f R %.2f%n", r.misconceptions().precision(), r.misconceptions().recall());
            System.out.printf("next-step agreement %.2f (%d/%d)%n", r.nextAgreement(), r.nextAgreed(), r.answers());
            System.out.printf("latency p50 %.2f ms, p99 %.2f ms%n", r.percentileMillis(0.5), r.percentileMillis(0.99));
        }
    }
}
