package dev.pycoach.progress;

import java.time.Instant;

/** A stored streak: its state and the instant it breaks unless extended (see {@link StreakPolicy#breaksAt}). */
public record StreakRecord(StreakScope scope, String userId, StreakState state, Instant breaksAt) {
}
