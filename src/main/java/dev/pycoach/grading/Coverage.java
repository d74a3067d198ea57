package dev.pycoach.grading;

/** How well an answer shows one rubric concept. */
public enum Coverage {
    COVERED, PARTIAL, MISSED;

    /** The share of a concept's weight this coverage earns. */
    public double credit() {
        return switch (this) {
            case COVERED -> 1.0;
            case PARTIAL -> 0.5;
            case MISSED -> 0.0;
        };
    }
}
