package dev.pycoach.progress;

import java.time.LocalDate;

/**
 * A streak as seen on a given day of the user's calendar.
 *
 * @param current days counted in the live streak, 0 when it is lost
 * @param longest the longest streak ever
 * @param freezesHeld freezes left after covering the days missed so far
 * @param freezesUsed freezes spent over all time, those covering days missed so far included
 * @param practisedToday whether today already counts
 * @param lastDay the last practice day, null if never
 * @param lastSafeDay the last day on which practising keeps the streak alive, null when there is none
 */
public record Streak(int current, int longest, int freezesHeld, int freezesUsed, boolean practisedToday,
                     LocalDate lastDay, LocalDate lastSafeDay) {
    public static final Streak NONE = new Streak(0, 0, 0, 0, false, null, null);

    public boolean alive() {
        return current > 0;
    }
}
