package dev.pycoach.interview;

import dev.pycoach.bank.Level;
import dev.pycoach.bank.Topic;

/** What the candidate asked for. Topic and level are null for "any". */
public record SessionSpec(Topic topic, Level level, int questions, Mode mode, int probeBudget, long seed) {
    public static final int DEFAULT_QUESTIONS = 3;
    public static final int MAX_QUESTIONS = 10;
    public static final int DEFAULT_PROBE_BUDGET = 2;

    public SessionSpec {
        if (questions < 1 || questions > MAX_QUESTIONS) {
            throw new IllegalArgumentException("questions must be between 1 and " + MAX_QUESTIONS);
        }
        if (probeBudget < 0) {
            throw new IllegalArgumentException("probe budget must not be negative");
        }
    }
}
