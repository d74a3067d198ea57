package dev.pycoach.interview;

/**
 * The thresholds the planner and scorecard use.
 *
 * @param sufficientCoverage weighted coverage (0–100) at which a question's core counts as covered
 * @param probePass score a probe answer needs to count as answered well
 * @param heavyWeight the weight from which a missed concept is worth a targeted probe
 */
public record PlannerPolicy(int sufficientCoverage, int probePass, int heavyWeight) {
    public static final PlannerPolicy DEFAULT = new PlannerPolicy(70, 60, 2);
}
