package dev.pycoach.interview;

import dev.pycoach.bank.Probe;

/**
 * The planner's choice after an answer: ask {@code probe} (with the reason an interviewer would give),
 * or move on with {@code outcome}.
 */
public record PlanDecision(Probe probe, String reason, Outcome outcome) {

    public static PlanDecision ask(Probe probe, String reason) {
        return new PlanDecision(probe, reason, null);
    }

    public static PlanDecision moveOn(Outcome outcome, String reason) {
        return new PlanDecision(null, reason, outcome);
    }

    public boolean asksProbe() {
        return probe != null;
    }
}
