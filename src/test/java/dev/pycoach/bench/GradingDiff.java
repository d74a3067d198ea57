package dev.pycoach.bench;

import dev.pycoach.bank.BankLoader;
import dev.pycoach.bank.BankSource;
import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Misconception;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.Grader;
import dev.pycoach.grading.HybridGrader;
import dev.pycoach.grading.LexicalGrader;
import dev.pycoach.grading.SemanticThresholds;
import dev.pycoach.embedding.MiniLmSentenceEmbedder;
import java.nio.file.Path;

/**
 * Lists where a grader disagrees with the labels, with the sentence it used: for tuning cues.
 * Arguments: [answer kind, or - for all] [lexical|hybrid].
 */
public final class GradingDiff {
    private GradingDiff() {
    }

    public static void main(String[] args) {
        QuestionBank bank = new BankLoader().load(BankSource.fromDirectory(Path.of("questions")));
        String kindFilter = args.length > 0 && !args[0].equals("-") ? args[0] : null;
        Grader grader = args.length > 1 && args[1].equals("hybrid")
                ? new HybridGrader(new LexicalGrader(), new MiniLmSentenceEmbedder(), SemanticThresholds.DEFAULT)
                : new LexicalGrader();
        for (LabelledSet.Labelled l : LabelledSet.load(bank, LabelledSet.TUNING)) { // never tune on the held-out set
            if (kindFilter != null && !kindFilter.equals(l.kind())) {
                continue;
            }
            Assessment a = grader.assess(l.rubric(), l.text());
            StringBuilder out = new StringBuilder();
            for (Concept c : l.rubric().concepts()) {
                boolean predicted = a.coverageOf(c.id()) != Coverage.MISSED;
                boolean actual = l.credit().contains(c.id());
                if (predicted && !actual) {
                    out.append("  FP concept ").append(c.id()).append(" <- ").append(a.concept(c.id()).orElseThrow().evidence()).append('\n');
                } else if (!predicted && actual) {
                    out.append("  FN concept ").append(c.id()).append('\n');
                }
            }
            for (Misconception m : l.rubric().misconceptions()) {
                boolean predicted = a.misconceptions().stream().anyMatch(h -> h.misconceptionId().equals(m.id()));
                boolean actual = l.misconceptions().contains(m.id());
                if (predicted != actual) {
                    out.append(predicted ? "  FP miscon " : "  FN miscon ").append(m.id()).append('\n');
                }
            }
            if (out.length() > 0) {
                System.out.println(l.source() + " " + l.rubric().id() + " [" + l.kind() + "]");
                System.out.print(out);
            }
        }
    }
}
