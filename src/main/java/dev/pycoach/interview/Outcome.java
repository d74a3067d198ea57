package dev.pycoach.interview;

/** Why the interview moved on from a question. */
public enum Outcome {
    /** The answer (with any probes) covered the core without a standing misconception. */
    SUFFICIENT("answer sufficient"),
    /** The planner still had a gap or misconception to probe, but the probe budget was spent. */
    BUDGET_SPENT("probe budget spent"),
    /** Gaps remained and no unasked probe could address them. */
    GAPS_REMAIN("gaps remain"),
    /** The candidate skipped the question. */
    SKIPPED("skipped"),
    /** The interview ended before this question was finished or reached. */
    NOT_REACHED("not reached");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
