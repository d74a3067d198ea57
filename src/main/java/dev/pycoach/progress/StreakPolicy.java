package dev.pycoach.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Streak rules as pure date maths over calendar days ({@link LocalDate}s in the user's time zone, so daylight
 * saving never makes a day shorter or longer here).
 * <ul>
 *   <li>A practice day extends the streak by one; a day already counted, or earlier than the last one (a user who
 *   moved west can see yesterday's date again), changes nothing.</li>
 *   <li>Each time the streak's count reaches a multiple of {@value #DAYS_PER_FREEZE}, one freeze is earned, at
 *   most {@value #MAX_FREEZES} held.</li>
 *   <li>A missed day spends a freeze automatically, one per day; a frozen day keeps the streak alive without
 *   adding to it. A missed day with no freeze left loses the streak (freezes spent on the days before stay
 *   spent: each was spent when its day ended).</li>
 *   <li>Today is not missed until it is over.</li>
 * </ul>
 */
public final class StreakPolicy {
    public static final int DAYS_PER_FREEZE = 7;
    public static final int MAX_FREEZES = 2;

    /** The state after practising on {@code day}. */
    public StreakState practised(StreakState state, LocalDate day) {
        if (state.lastDay() != null && !day.isAfter(state.lastDay())) {
            return state;
        }
        StreakState carried = state.lastDay() == null ? state : carryOver(state, missedBetween(state.lastDay(), day));
        int current = carried.current() + 1;
        int freezes = current % DAYS_PER_FREEZE == 0
                ? Math.min(MAX_FREEZES, carried.freezesHeld() + 1) : carried.freezesHeld();
        return new StreakState(current, Math.max(carried.longest(), current), freezes, carried.freezesUsed(), day);
    }

    /** Folds practice days in the order they were recorded. */
    public StreakState replay(List<LocalDate> daysInRecordOrder) {
        StreakState state = StreakState.NONE;
        for (LocalDate day : daysInRecordOrder) {
            state = practised(state, day);
        }
        return state;
    }

    /** The streak as it stands on {@code today}, spending freezes on the days missed since the last practice. */
    public Streak asOf(StreakState state, LocalDate today) {
        if (state.lastDay() == null) {
            return Streak.NONE;
        }
        boolean practisedToday = !today.isAfter(state.lastDay());
        StreakState carried = practisedToday ? state : carryOver(state, missedBetween(state.lastDay(), today));
        LocalDate lastSafe = carried.current() == 0 ? null : lastSafeDay(state);
        return new Streak(carried.current(), carried.longest(), carried.freezesHeld(), carried.freezesUsed(),
                practisedToday, state.lastDay(), lastSafe);
    }

    /**
     * The state after the user's zone changed: the last practice day becomes the day, in the new zone, on which
     * it ended in the old one. Moving east can then not skip a day the user never had the chance to practise,
     * and moving west cannot count the same day twice; the counts and freezes are unchanged.
     */
    public StreakState rezoned(StreakState state, ZoneId from, ZoneId to) {
        if (state.lastDay() == null || from.equals(to)) {
            return state;
        }
        LocalDate moved = state.lastDay().plusDays(1).atStartOfDay(from).minusNanos(1).withZoneSameInstant(to).toLocalDate();
        return new StreakState(state.current(), state.longest(), state.freezesHeld(), state.freezesUsed(), moved);
    }

    /** The last day on which practising keeps the streak alive: the day after the last, plus one per freeze held. */
    public LocalDate lastSafeDay(StreakState state) {
        return state.lastDay().plusDays(1L + state.freezesHeld());
    }

    /** The instant the streak is lost if nothing more is practised: the start of the day after the last safe one. */
    public Instant breaksAt(StreakState state, ZoneId zone) {
        return lastSafeDay(state).plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static StreakState carryOver(StreakState state, long missed) {
        if (missed <= state.freezesHeld()) {
            return new StreakState(state.current(), state.longest(), state.freezesHeld() - (int) missed,
                    state.freezesUsed() + (int) missed, state.lastDay());
        }
        return new StreakState(0, state.longest(), 0, state.freezesUsed() + state.freezesHeld(), state.lastDay());
    }

    /** Days strictly between two calendar days. */
    private static long missedBetween(LocalDate last, LocalDate next) {
        return ChronoUnit.DAYS.between(last, next) - 1;
    }
}
