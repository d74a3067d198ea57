package dev.pycoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pycoach.MutableClock;
import dev.pycoach.TestBanks;
import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Question;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.Coverage;
import dev.pycoach.progress.Board;
import dev.pycoach.progress.GradedAnswer;
import dev.pycoach.progress.LeaderboardEntry;
import dev.pycoach.progress.LeaderboardService.Leaderboard;
import dev.pycoach.progress.Recall;
import dev.pycoach.progress.StatsService.UserStats;
import dev.pycoach.progress.Streak;
import dev.pycoach.progress.StreakScope;
import dev.pycoach.progress.TimeZones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** The progress services on both databases: days in the user's calendar, streaks, points, boards, stats. */
@ParameterizedClass(name = "[{0}]")
@ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
class ProgressIntegrationTest {
    private static final Question GIL = TestBanks.question("gil-what-it-protects");
    private static final Question DESC = TestBanks.question("descriptors-protocol-machinery");

    @Parameter
    String kind;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T12:00:00Z"));
    private StoreFixture store;

    @BeforeEach
    void open() {
        store = new StoreFixture(TestDatabase.open(kind), clock);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.db.close();
        }
    }

    private LocalDate answerAt(String user, String server, String when, int score) {
        clock.set(when);
        return store.progress.recordAnswer(new GradedAnswer(user, server, null, GIL.id(), null, GIL.topic(),
                assessment(GIL, score))).practiceDay();
    }

    private static Assessment assessment(Question q, int score) {
        List<ConceptResult> concepts = q.concepts().stream().map((Concept c) -> new ConceptResult(c.id(),
                score >= 50 ? Coverage.COVERED : Coverage.MISSED, null)).toList();
        return new Assessment(q.id(), concepts, List.of(), score);
    }

    @Test
    @DisplayName("New York's spring-forward day (23 hours) is one practice day; midnight belongs to the new day")
    void springForwardNewYork() {
        store.settings.setTimeZone("ann", "America/New_York");

        assertThat(answerAt("ann", null, "2025-03-08T23:59:59-05:00", 70)).hasToString("2025-03-08");
        assertThat(answerAt("ann", null, "2025-03-09T00:30:00-05:00", 70)).hasToString("2025-03-09");
        assertThat(answerAt("ann", null, "2025-03-09T23:30:00-04:00", 70)).hasToString("2025-03-09");
        assertThat(answerAt("ann", null, "2025-03-10T00:00:00-04:00", 70)).hasToString("2025-03-10");

        assertThat(store.streaks.personal("ann").current()).isEqualTo(3);
        clock.set("2025-03-11T23:59:59-04:00");
        assertThat(store.streaks.personal("ann").current()).isEqualTo(3);
        clock.set("2025-03-12T00:00:00-04:00");
        assertThat(store.streaks.personal("ann").current()).isZero();
    }

    @Test
    @DisplayName("Berlin's fall-back day (25 hours) is one practice day; answers exactly at midnight start the next")
    void fallBackBerlin() {
        store.settings.setTimeZone("ben", "Europe/Berlin");

        assertThat(answerAt("ben", null, "2025-10-25T23:59:59+02:00", 70)).hasToString("2025-10-25");
        assertThat(answerAt("ben", null, "2025-10-26T00:00:00+02:00", 70)).hasToString("2025-10-26");
        assertThat(answerAt("ben", null, "2025-10-26T23:30:00+01:00", 70)).hasToString("2025-10-26");
        assertThat(answerAt("ben", null, "2025-10-27T00:00:00+01:00", 70)).hasToString("2025-10-27");

        assertThat(store.streaks.personal("ben").current()).isEqualTo(3);
        assertThat(store.streaks.rebuild("ben", StreakScope.PERSONAL).current()).isEqualTo(3);
    }

    @Test
    @DisplayName("the other way round: New York falls back (25 hours), Berlin springs forward (23 hours)")
    void fallBackNewYorkSpringForwardBerlin() {
        store.settings.setTimeZone("ann", "America/New_York");
        assertThat(answerAt("ann", null, "2025-11-01T23:59:59-04:00", 70)).hasToString("2025-11-01");
        assertThat(answerAt("ann", null, "2025-11-02T00:00:00-04:00", 70)).hasToString("2025-11-02");
        assertThat(answerAt("ann", null, "2025-11-02T23:59:59-05:00", 70)).hasToString("2025-11-02");
        assertThat(answerAt("ann", null, "2025-11-03T00:00:00-05:00", 70)).hasToString("2025-11-03");
        assertThat(store.streaks.personal("ann").current()).isEqualTo(3);

        store.settings.setTimeZone("ben", "Europe/Berlin");
        assertThat(answerAt("ben", null, "2025-03-29T23:59:59+01:00", 70)).hasToString("2025-03-29");
        assertThat(answerAt("ben", null, "2025-03-30T00:00:00+01:00", 70)).hasToString("2025-03-30");
        assertThat(answerAt("ben", null, "2025-03-30T23:59:59+02:00", 70)).hasToString("2025-03-30");
        assertThat(answerAt("ben", null, "2025-03-31T00:00:00+02:00", 70)).hasToString("2025-03-31");
        assertThat(store.streaks.personal("ben").current()).isEqualTo(3);
        clock.set("2025-04-01T23:59:59+02:00");
        assertThat(store.streaks.personal("ben").current()).isEqualTo(3);
        clock.set("2025-04-02T00:00:00+02:00");
        assertThat(store.streaks.personal("ben").current()).isZero();
    }

    @Test
    @DisplayName("Sydney's DST days, both ways, in the southern hemisphere")
    void sydney() {
        store.settings.setTimeZone("cat", "Australia/Sydney");

        assertThat(answerAt("cat", null, "2025-04-05T23:00:00+11:00", 70)).hasToString("2025-04-05");
        assertThat(answerAt("cat", null, "2025-04-06T23:59:00+10:00", 70)).hasToString("2025-04-06");
        assertThat(answerAt("cat", null, "2025-04-07T00:00:00+10:00", 70)).hasToString("2025-04-07");
        assertThat(store.streaks.personal("cat").current()).isEqualTo(3);
        // 5 October: clocks jump from 02:00 to 03:00; midnight is still the start of the day.
        assertThat(answerAt("cat", null, "2025-10-04T23:59:59+10:00", 70)).hasToString("2025-10-04");
        assertThat(answerAt("cat", null, "2025-10-05T00:00:00+10:00", 70)).hasToString("2025-10-05");
        assertThat(answerAt("cat", null, "2025-10-05T23:59:00+11:00", 70)).hasToString("2025-10-05");
        assertThat(answerAt("cat", null, "2025-10-06T00:00:00+11:00", 70)).hasToString("2025-10-06");
        assertThat(store.streaks.personal("cat").current()).isEqualTo(3);
    }

    @Test
    @DisplayName("no zone of their own: a server answer counts in the server's zone, later DMs in their home server's, else UTC")
    void zoneFallbacks() {
        store.settings.setServerTimeZone("srv", "Asia/Tokyo");

        assertThat(answerAt("eve", null, "2025-03-03T20:00:00Z", 70)).hasToString("2025-03-03");
        assertThat(answerAt("eve", "srv", "2025-03-03T20:00:00Z", 70)).hasToString("2025-03-04");
        assertThat(answerAt("eve", null, "2025-03-04T20:00:00Z", 70)).hasToString("2025-03-05");
        assertThat(store.streaks.personal("eve").current()).isEqualTo(3);
        assertThat(store.streaks.inServer("eve", "srv").current()).isEqualTo(1);
    }

    @Test
    @DisplayName("changing time zone keeps past days as recorded and the streak alive, east or west")
    void timeZoneChange() {
        store.settings.setTimeZone("fay", "America/Los_Angeles");
        answerAt("fay", null, "2025-03-09T20:00:00-07:00", 70);
        answerAt("fay", null, "2025-03-10T20:00:00-07:00", 70); // Monday in LA, Tuesday 12:00 in Tokyo

        store.settings.setTimeZone("fay", "Asia/Tokyo");
        // Wednesday 09:00 in Tokyo, 13 hours later: Tuesday never came for her, so this is the next day.
        assertThat(answerAt("fay", null, "2025-03-12T09:00:00+09:00", 70)).hasToString("2025-03-12");
        assertThat(store.streaks.personal("fay").current()).isEqualTo(3);

        store.settings.setTimeZone("fay", "America/Los_Angeles");
        // Back west: Tokyo's Wednesday ended on Wednesday morning in LA, so LA's Tuesday evening and Wednesday
        // count nothing twice; Thursday is the next day.
        assertThat(answerAt("fay", null, "2025-03-11T18:00:00-07:00", 70)).hasToString("2025-03-11");
        assertThat(answerAt("fay", null, "2025-03-12T18:00:00-07:00", 70)).hasToString("2025-03-12");
        assertThat(store.streaks.personal("fay").current()).isEqualTo(3);
        assertThat(answerAt("fay", null, "2025-03-13T18:00:00-07:00", 70)).hasToString("2025-03-13");
        assertThat(store.streaks.personal("fay").current()).isEqualTo(4);
        assertThat(store.answers.practiceDays("fay", StreakScope.PERSONAL)).extracting(LocalDate::toString)
                .containsExactly("2025-03-09", "2025-03-10", "2025-03-12", "2025-03-11", "2025-03-12", "2025-03-13");
    }

    @Test
    @DisplayName("an unknown zone is refused with a clear message and changes nothing")
    void unknownZone() {
        assertThatThrownBy(() -> store.settings.setTimeZone("gus", "Mars/Olympus"))
                .isInstanceOf(TimeZones.UnknownTimeZoneException.class).hasMessageContaining("IANA");
        assertThat(store.settings.settings("gus").zone()).isNull();
        assertThat(store.settings.suggestZones("paris")).containsExactly("Europe/Paris");
    }

    @Test
    @DisplayName("a week earns a freeze, a missed day spends it, the frozen day does not count")
    void freezes() {
        for (int d = 0; d < 7; d++) {
            answerAt("hal", null, "2025-03-0" + (3 + d) + "T09:00:00Z", 70);
        }
        clock.set("2025-03-11T09:00:00Z");
        Streak afterMiss = store.streaks.personal("hal");
        assertThat(afterMiss).extracting(Streak::current, Streak::freezesHeld, Streak::freezesUsed).containsExactly(7, 0, 1);

        answerAt("hal", null, "2025-03-11T10:00:00Z", 70);
        assertThat(store.streaks.personal("hal")).extracting(Streak::current, Streak::longest, Streak::practisedToday)
                .containsExactly(8, 8, true);
        assertThat(store.streaks.rebuild("hal", StreakScope.PERSONAL).current()).isEqualTo(8);
    }

    @Test
    @DisplayName("leaderboards: weekly points among members, the viewer's own row, opt-out hides; streak board")
    void leaderboards() {
        store.settings.setServerTimeZone("srv", "UTC");
        for (int i = 1; i <= 12; i++) {
            answerAt("u" + i, "srv", "2025-03-04T10:00:00Z", 5 * i);
        }
        answerAt("u1", null, "2025-03-05T10:00:00Z", 100); // DM practice counts too: points are the user's
        answerAt("u12", "srv", "2025-03-05T10:00:00Z", 50);
        store.settings.setLeaderboardOptOut("u11", true);

        clock.set("2025-03-06T12:00:00Z");
        Leaderboard week = store.leaderboards.board("srv", Board.WEEK, "u2", 3);
        assertThat(week.weekStart()).hasToString("2025-03-03");
        assertThat(week.top()).containsExactly(new LeaderboardEntry(1, "u12", 110), new LeaderboardEntry(2, "u1", 105),
                new LeaderboardEntry(3, "u10", 50));
        assertThat(week.viewer()).contains(new LeaderboardEntry(11, "u2", 10));
        Leaderboard hidden = store.leaderboards.board("srv", Board.WEEK, "u11", 3);
        assertThat(hidden.viewerOptedOut()).isTrue();
        assertThat(hidden.viewer()).isEmpty();
        assertThat(store.leaderboards.board("srv", Board.LAST_WEEK, "u2", 3).top()).isEmpty();

        clock.set("2025-03-05T12:00:00Z");
        Leaderboard streak = store.leaderboards.board("srv", Board.STREAK, "u2", 2);
        assertThat(streak.top()).containsExactly(new LeaderboardEntry(1, "u12", 2), new LeaderboardEntry(2, "u1", 1));
        assertThat(streak.viewer()).contains(new LeaderboardEntry(2, "u2", 1));
        clock.set("2025-03-06T00:00:00Z"); // 5 March is over: only u12 answered in the server that day
        assertThat(store.leaderboards.board("srv", Board.STREAK, "u2", 2).top())
                .containsExactly(new LeaderboardEntry(1, "u12", 2));
        assertThat(store.streaks.view("u2", "u11", "srv").hidden()).isTrue();
        assertThat(store.streaks.view("u11", "u11", "srv").personal().longest()).isEqualTo(1);
    }

    @Test
    @DisplayName("stats: answers, average, mastery from the latest answer per question, weakest concepts, due reviews")
    void stats() {
        answerAt("ivy", null, "2025-03-03T10:00:00Z", 20);
        answerAt("ivy", null, "2025-03-04T10:00:00Z", 80);
        clock.set("2025-03-04T11:00:00Z");
        store.progress.recordAnswer(new GradedAnswer("ivy", null, null, DESC.id(), null, DESC.topic(), assessment(DESC, 40)));
        String missed = GIL.concepts().get(1).id();
        store.progress.recordReview("ivy", GIL.id(), Map.of(GIL.concepts().get(0).id(), Recall.SOLID, missed, Recall.MISSED));

        clock.set("2025-03-06T12:00:00Z");
        UserStats stats = store.stats.statsFor("ivy");
        assertThat(stats.answers()).isEqualTo(3);
        assertThat(stats.averageScore()).isCloseTo(46.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(stats.mastery().get(GIL.topic()).mastery()).isEqualTo(80);
        assertThat(stats.mastery().get(DESC.topic()).mastery()).isEqualTo(40);
        assertThat(stats.weakest()).singleElement().satisfies(w -> {
            assertThat(w.conceptId()).isEqualTo(missed);
            assertThat(w.point()).isEqualTo(GIL.concepts().get(1).point());
        });
        assertThat(stats.dueReviews()).isEqualTo(1);
        assertThat(stats.streak().current()).isZero();
        assertThat(stats.streak().longest()).isEqualTo(2);
    }

    @Test
    @DisplayName("picker hints: answered in the last 14 days is recent, a concept due makes its question due")
    void hints() {
        answerAt("jo", null, "2025-03-03T10:00:00Z", 80);
        store.progress.recordReview("jo", GIL.id(), Map.of(GIL.concepts().get(0).id(), Recall.MISSED));

        clock.set("2025-03-04T10:00:00Z");
        assertThat(store.progress.hintsFor("jo").recent()).containsExactly(GIL.id());
        assertThat(store.progress.hintsFor("jo").due()).containsExactly(GIL.id());
        clock.set("2025-03-17T10:00:01Z"); // 14 days and a second after the answer
        assertThat(store.progress.hintsFor("jo").recent()).isEmpty();
        assertThat(store.progress.hintsFor("jo").seen()).containsExactly(GIL.id());
    }
}
