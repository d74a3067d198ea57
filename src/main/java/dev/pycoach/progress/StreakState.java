package dev.pycoach.progress;

import java.time.LocalDate;

/**
 * A streak as it stood at the end of its last practice day: what {@link StreakPolicy} folds answers into and
 * what the store keeps. {@code lastDay} is null before the first practice day.
 *
 * @param current practice days counted in the running streak (frozen days keep it alive but do not count)
 * @param longest the longest streak ever counted
 * @param freezesHeld freezes earned and not yet spent
 * @param freezesUsed freezes spent over all time
 */
public record StreakState(int current, int longest, int freezesHeld, int freezesUsed, LocalDate lastDay) {
    public static final StreakState NONE = new StreakState(0, 0, 0, 0, null);
}
