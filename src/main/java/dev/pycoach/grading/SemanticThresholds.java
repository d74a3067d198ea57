package dev.pycoach.grading;

/**
 * Where the semantic layer draws its lines, on centred cosine similarities (see {@link HybridGrader}): a sentence
 * shows a concept at {@code covered} ({@code partial} below that) when it is also more than {@code margin} closer
 * to that concept than to any of the question's misconceptions, and at least {@code onTopic} close to it before
 * centring (on the question's subject at all). Calibrated on the tuning half of the labelled
 * grading set; see docs/grading.md.
 */
public record SemanticThresholds(double covered, double partial, double margin, double onTopic) {
    public static final SemanticThresholds DEFAULT = new SemanticThresholds(0.30, 0.20, 0.10, 0.30);
}
