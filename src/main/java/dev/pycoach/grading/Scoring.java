package dev.pycoach.grading;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Rubric;
import java.util.List;

/** The 0–100 score of an assessment: weighted coverage, less a penalty per misconception stated. */
final class Scoring {
    private Scoring() {
    }

    static int score(Rubric rubric, List<ConceptResult> results, int misconceptions) {
        double earned = 0;
        for (Concept concept : rubric.concepts()) {
            earned += concept.weight() * results.stream().filter(r -> r.conceptId().equals(concept.id()))
                    .findFirst().map(r -> r.coverage().credit()).orElse(0.0);
        }
        int total = rubric.totalWeight();
        double coverage = total == 0 ? 0 : 100.0 * earned / total;
        return (int) Math.round(Math.max(0, Math.min(100, coverage - Assessment.MISCONCEPTION_PENALTY * misconceptions)));
    }
}
