package dev.pycoach.grading;

import java.util.List;
import java.util.Optional;

/**
 * The grade of one answer against one rubric: coverage per concept in rubric order, misconceptions
 * stated, and a 0–100 score (weighted coverage, less a penalty per misconception).
 */
public record Assessment(String rubricId, List<ConceptResult> concepts, List<MisconceptionHit> misconceptions,
                         int score) {
    /** Points taken off the weighted coverage for each misconception stated. */
    public static final int MISCONCEPTION_PENALTY = 15;

    public Assessment {
        concepts = List.copyOf(concepts);
        misconceptions = List.copyOf(misconceptions);
    }

    public Optional<ConceptResult> concept(String conceptId) {
        return concepts.stream().filter(c -> c.conceptId().equals(conceptId)).findFirst();
    }

    public Coverage coverageOf(String conceptId) {
        return concept(conceptId).map(ConceptResult::coverage).orElse(Coverage.MISSED);
    }

    public boolean hasMisconceptions() {
        return !misconceptions.isEmpty();
    }
}
