package dev.pycoach.grading;

/**
 * Cosine similarities (0–1) at which a sentence shows a concept ({@code covered}, {@code partial}) or states a
 * misconception. Calibrated on the labelled grading set; see docs/grading.md.
 */
public record SemanticThresholds(double covered, double partial, double misconception) {
    public static final SemanticThresholds DEFAULT = new SemanticThresholds(0.35, 0.25, 0.45);
}
