package dev.pycoach.grading;

/**
 * Where the semantic layer draws its lines, on centred cosine similarities (see {@link HybridGrader}): a sentence
 * shows a concept at {@code covered} ({@code partial} below that) when it is also more than {@code margin} closer
 * to that concept than to any of the question's misconceptions. Calibrated on the tuning half of the labelled
 * grading set; see docs/grading.md.
 */
public record SemanticThresholds(double covered, double partial, double margin) {
    public static final SemanticThresholds DEFAULT = new SemanticThresholds(0.30, 0.25, 0.10);
}
