package dev.pycoach.grading;

/** The grade of one concept, with the sentence of the answer that earned it (null when missed). */
public record ConceptResult(String conceptId, Coverage coverage, String evidence) {
}
