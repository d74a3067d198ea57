package dev.pycoach.progress;

/** How well a concept was recalled on a question, SM-2's quality 0–5. */
public enum Recall {
    /** Stated a misconception about it that was left standing. */
    WRONG(0),
    /** Missed. */
    MISSED(1),
    /** Partly there, or recovered only after a follow-up. */
    SHAKY(3),
    /** Covered in the first answer. */
    SOLID(5);

    private final int quality;

    Recall(int quality) {
        this.quality = quality;
    }

    public int quality() {
        return quality;
    }
}
