package dev.pycoach.grading;

/**
 * Where the semantic layer draws its lines, on centred cosine similarities (see {@link HybridGrader}):
 * a sentence shows a concept at {@code covered} ({@code partial} below that) when it is also at least
 * {@code conceptMargin} closer to that concept than to any misconception; it states a misconception at
 * {@code misconception} when it is at least {@code misconceptionMargin} closer to the claim than to every
 * concept and correction. Calibrated on the labelled grading set; see docs/grading.md.
 */
public record SemanticThresholds(double covered, double partial, double misconception, double conceptMargin,
                                 double misconceptionMargin) {
    public static final SemanticThresholds DEFAULT = new SemanticThresholds(0.30, 0.25, 0.75, 0.10, 0.05);
}
