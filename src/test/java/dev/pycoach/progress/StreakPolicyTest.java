package dev.pycoach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreakPolicyTest {
    private static final LocalDate D1 = LocalDate.parse("2025-03-03");
    private final StreakPolicy policy = new StreakPolicy();

    private StreakState practisedOn(int... dayOffsets) {
        StreakState s = StreakState.NONE;
        for (int d : dayOffsets) {
            s = policy.practised(s, D1.plusDays(d));
        }
        return s;
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    @Test
    @DisplayName("consecutive days add one each; a second answer on the same day adds nothing")
    void consecutiveDays() {
        StreakState s = practisedOn(0, 0, 1, 2, 2);

        assertThat(s).isEqualTo(new StreakState(3, 3, 0, 0, D1.plusDays(2)));
        assertThat(policy.asOf(s, D1.plusDays(2)).practisedToday()).isTrue();
    }

    @Test
    @DisplayName("today is not missed until it is over; a missed day with no freeze loses the streak, the longest stays")
    void missedDayLosesStreak() {
        StreakState s = practisedOn(0, 1, 2);

        assertThat(policy.asOf(s, D1.plusDays(3))).extracting(Streak::current, Streak::practisedToday).containsExactly(3, false);
        assertThat(policy.asOf(s, D1.plusDays(4)).current()).isZero();
        assertThat(policy.asOf(s, D1.plusDays(4)).longest()).isEqualTo(3);
        assertThat(policy.practised(s, D1.plusDays(4))).isEqualTo(new StreakState(1, 3, 0, 0, D1.plusDays(4)));
    }

    @Test
    @DisplayName("one freeze per 7 days of streak, at most 2 held")
    void freezesEarned() {
        assertThat(practisedOn(range(0, 6)).freezesHeld()).isZero();
        assertThat(practisedOn(range(0, 7)).freezesHeld()).isEqualTo(1);
        assertThat(practisedOn(range(0, 14)).freezesHeld()).isEqualTo(2);
        assertThat(practisedOn(range(0, 21)).freezesHeld()).isEqualTo(2);
    }

    @Test
    @DisplayName("a missed day spends a freeze automatically: the streak lives on, the frozen day does not count")
    void freezeCoversMissedDay() {
        StreakState week = practisedOn(range(0, 7));

        Streak onDay9 = policy.asOf(week, D1.plusDays(8));
        assertThat(onDay9).extracting(Streak::current, Streak::freezesHeld, Streak::freezesUsed).containsExactly(7, 0, 1);
        assertThat(policy.practised(week, D1.plusDays(8))).isEqualTo(new StreakState(8, 8, 0, 1, D1.plusDays(8)));
        assertThat(policy.asOf(week, D1.plusDays(9)).current()).isZero();
    }

    @Test
    @DisplayName("two freezes cover two missed days in a row; a third missed day loses the streak and the freezes are spent")
    void twoFreezes() {
        StreakState fortnight = practisedOn(range(0, 14));

        assertThat(policy.practised(fortnight, D1.plusDays(16))).isEqualTo(new StreakState(15, 15, 0, 2, D1.plusDays(16)));
        assertThat(policy.practised(fortnight, D1.plusDays(17))).isEqualTo(new StreakState(1, 14, 0, 2, D1.plusDays(17)));
        assertThat(policy.asOf(fortnight, D1.plusDays(16)).lastSafeDay()).isEqualTo(D1.plusDays(16));
    }

    @Test
    @DisplayName("a day before the last one (a move west shows yesterday's date again) changes nothing")
    void earlierDayIgnored() {
        StreakState s = practisedOn(0, 1);

        assertThat(policy.practised(s, D1)).isEqualTo(s);
        assertThat(policy.asOf(s, D1).practisedToday()).isTrue();
    }

    @Test
    @DisplayName("folding answers one by one agrees with walking the calendar day by day, over random histories")
    void incrementalMatchesDayByDayWalk() {
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            TreeSet<LocalDate> days = new TreeSet<>();
            for (int d = 0; d < 120; d++) {
                if (random.nextInt(10) < 8 - run % 5) {
                    days.add(D1.plusDays(d));
                }
            }
            LocalDate today = D1.plusDays(120 + random.nextInt(4));
            Streak incremental = policy.asOf(policy.replay(new ArrayList<>(days)), today);
            assertThat(incremental).as("run %d", run).usingRecursiveComparison()
                    .comparingOnlyFields("current", "longest", "freezesHeld", "freezesUsed")
                    .isEqualTo(walk(days, today));
        }
    }

    /** The rules read literally: every calendar day from the first practice day to yesterday, one at a time. */
    private static Streak walk(TreeSet<LocalDate> days, LocalDate today) {
        int current = 0;
        int longest = 0;
        int held = 0;
        int used = 0;
        for (LocalDate d = days.isEmpty() ? today : days.first(); !d.isAfter(today); d = d.plusDays(1)) {
            if (days.contains(d)) {
                current++;
                longest = Math.max(longest, current);
                if (current % 7 == 0) {
                    held = Math.min(2, held + 1);
                }
            } else if (d.isBefore(today) && current > 0) {
                if (held > 0) {
                    held--;
                    used++;
                } else {
                    current = 0;
                }
            }
        }
        return new Streak(current, longest, held, used, false, null, null);
    }

    @Test
    @DisplayName("when a streak breaks, in zones whose day is 23 or 25 hours long or starts at 01:00")
    void breaksAtAcrossDst() {
        StreakState ny = policy.practised(StreakState.NONE, LocalDate.parse("2025-03-08"));
        // New York springs forward on 9 March: the streak lives through the 23-hour day and breaks at midnight EDT.
        assertThat(policy.breaksAt(ny, ZoneId.of("America/New_York"))).isEqualTo(Instant.parse("2025-03-10T04:00:00Z"));
        // Berlin falls back on 26 October: the 25-hour day is still one day.
        StreakState berlin = policy.practised(StreakState.NONE, LocalDate.parse("2025-10-25"));
        assertThat(policy.breaksAt(berlin, ZoneId.of("Europe/Berlin"))).isEqualTo(Instant.parse("2025-10-26T23:00:00Z"));
        // Santiago's clocks jump from 00:00 to 01:00 on 7 September 2025: that day starts at 01:00.
        StreakState santiago = policy.practised(StreakState.NONE, LocalDate.parse("2025-09-05"));
        assertThat(policy.breaksAt(santiago, ZoneId.of("America/Santiago"))).isEqualTo(Instant.parse("2025-09-07T04:00:00Z"));
    }

    @Test
    @DisplayName("a zone change moves the last day to the day it ended on in the new zone: east cannot skip a day, west cannot double one")
    void rezoned() {
        ZoneId la = ZoneId.of("America/Los_Angeles");
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        StreakState monday = new StreakState(5, 5, 0, 0, LocalDate.parse("2025-03-10"));

        // Monday in LA ends on Tuesday afternoon in Tokyo: Wednesday in Tokyo is the next day, not a gap.
        assertThat(policy.rezoned(monday, la, tokyo).lastDay()).isEqualTo(LocalDate.parse("2025-03-11"));
        assertThat(policy.practised(policy.rezoned(monday, la, tokyo), LocalDate.parse("2025-03-12")).current()).isEqualTo(6);
        // Monday in Tokyo ends on Monday morning in LA: Monday in LA adds nothing, Tuesday adds one.
        assertThat(policy.rezoned(monday, tokyo, la).lastDay()).isEqualTo(LocalDate.parse("2025-03-10"));
        assertThat(policy.rezoned(monday, la, la)).isEqualTo(monday);
        assertThat(policy.rezoned(StreakState.NONE, la, tokyo)).isEqualTo(StreakState.NONE);
    }

    @Test
    @DisplayName("replay folds days in the order recorded")
    void replay() {
        assertThat(policy.replay(List.of(D1, D1.plusDays(1), D1, D1.plusDays(2)))).isEqualTo(practisedOn(0, 1, 2));
    }
}
