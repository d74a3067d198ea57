package dev.pycoach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import dev.pycoach.grading.LexicalGrader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Holds the grader's quality on the labelled set a little under the measured figures, so a change that
 * makes grading worse fails the build. Latency is only reported by the benchmark, never asserted.
 */
class GradingQualityTest {

    @Test
    @DisplayName("the default grader keeps its concept F1, misconception recall and next-step agreement")
    void qualityFloor() {
        GradingQuality.Report r = GradingQuality.run(new LexicalGrader(), LabelledSet.load(TestBanks.real()));

        // measured on 608 answers over 59 questions (lexical): F1 0.79, precision 0.86, misconception
        // precision 0.83, next-step agreement 0.67 — see docs/grading.md
        assertThat(r.concepts().f1()).as("concept F1").isGreaterThanOrEqualTo(0.76);
        assertThat(r.concepts().precision()).as("concept precision").isGreaterThanOrEqualTo(0.83);
        assertThat(r.misconceptions().precision()).as("misconception precision").isGreaterThanOrEqualTo(0.78);
        assertThat(r.nextAgreement()).as("next-step agreement").isGreaterThanOrEqualTo(0.63);
    }
}
