package dev.pycoach.bank;

import java.util.Map;

/** Counts over the bank: totals, per topic and level, per kind. */
public record BankStats(int questions, int topics, int concepts, int probes,
                        Map<Topic, Map<Level, Integer>> perTopicLevel, Map<Kind, Integer> perKind) {

    public String summaryLine() {
        return "bank ok: " + questions + " questions, " + topics + " topics, " + concepts + " concepts, "
                + probes + " probes";
    }
}
