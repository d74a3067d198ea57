package dev.pycoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pycoach.bank.Topic;
import dev.pycoach.interview.InterviewException;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.StaleSessionException;
import dev.pycoach.progress.AnswerRecord;
import dev.pycoach.progress.LeaderboardEntry;
import dev.pycoach.progress.ReviewItem;
import dev.pycoach.progress.StreakRecord;
import dev.pycoach.progress.StreakScope;
import dev.pycoach.progress.StreakState;
import dev.pycoach.progress.UserSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Every repository against both databases: the same migrations, the same expectations. */
@ParameterizedClass(name = "[{0}]")
@ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
class RepositoryContractTest {
    private static final Instant T0 = Instant.parse("2025-03-10T12:00:00Z");
    private static final LocalDate MONDAY = LocalDate.parse("2025-03-10");

    @Parameter
    String kind;
    private TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabase.open(kind);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    @DisplayName("sessions: saved as snapshots, versions checked, one live interview per user, finished ones not active")
    void sessions() {
        JdbcSessionStore store = new JdbcSessionStore(db.jdbc());
        InterviewSession v1 = Sessions.started("s1", "alice", T0);
        store.save(v1);
        InterviewSession v2 = Sessions.answeredOnce(v1);
        store.save(v2);

        assertThat(store.active("alice")).contains(v2);
        assertThat(store.find("s1")).contains(v2);
        assertThatThrownBy(() -> store.save(v2)).isInstanceOf(StaleSessionException.class)
                .hasMessageContaining("at version 2, not 1");
        assertThatThrownBy(() -> store.save(Sessions.started("s2", "alice", T0)))
                .isInstanceOf(InterviewException.class).hasMessageContaining("already have an interview");

        store.save(Sessions.finished(v2));
        assertThat(store.active("alice")).isEmpty();
        store.save(Sessions.started("s2", "alice", T0));
        assertThat(store.active("alice")).map(InterviewSession::id).contains("s2");
    }

    @Test
    @DisplayName("answers: the log answers recent questions, totals, main answers in order and practice days per scope")
    void answers() {
        JdbcAnswerRepository answers = new JdbcAnswerRepository(db.jdbc());
        answers.add(answer("alice", null, "gil-a", null, 80, T0, MONDAY));
        answers.add(answer("alice", "srv", "gil-a", "why-refcount", 40, T0.plusSeconds(60), MONDAY));
        answers.add(answer("alice", "srv", "desc-b", null, 60, T0.plusSeconds(86_400), MONDAY.plusDays(1)));
        answers.add(answer("bob", null, "gil-z", null, 10, T0, MONDAY));

        assertThat(answers.questionsSince("alice", T0.plusSeconds(30))).containsExactlyInAnyOrder("gil-a", "desc-b");
        assertThat(answers.totals("alice").answers()).isEqualTo(3);
        assertThat(answers.totals("alice").averageScore()).isEqualTo(60.0);
        assertThat(answers.totals("nobody").answers()).isZero();
        assertThat(answers.mainAnswers("alice")).extracting(a -> a.questionId() + ":" + a.score() + ":" + a.topic())
                .containsExactly("gil-a:80:GIL", "desc-b:60:GIL");
        assertThat(answers.mainAnswers("alice").get(0).answeredAt()).isEqualTo(T0);
        assertThat(answers.practiceDays("alice", StreakScope.PERSONAL)).containsExactly(MONDAY, MONDAY, MONDAY.plusDays(1));
        assertThat(answers.practiceDays("alice", StreakScope.server("srv"))).containsExactly(MONDAY, MONDAY.plusDays(1));
    }

    @Test
    @DisplayName("streaks: inserted, updated, read back per scope")
    void streaks() {
        JdbcStreakRepository streaks = new JdbcStreakRepository(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));
        StreakRecord personal = new StreakRecord(StreakScope.PERSONAL, "alice",
                new StreakState(3, 9, 1, 2, MONDAY), T0.plusSeconds(3 * 86_400));
        streaks.save(personal);
        StreakRecord moved = new StreakRecord(StreakScope.PERSONAL, "alice",
                new StreakState(4, 9, 1, 2, MONDAY.plusDays(1)), T0.plusSeconds(4 * 86_400));
        streaks.save(moved);
        StreakRecord server = new StreakRecord(StreakScope.server("srv"), "alice",
                new StreakState(1, 1, 0, 0, MONDAY), T0.plusSeconds(86_400));
        streaks.save(server);

        assertThat(streaks.findForUpdate(StreakScope.PERSONAL, "alice")).contains(moved);
        assertThat(streaks.find(StreakScope.server("srv"), "alice")).contains(server);
        assertThat(streaks.find(StreakScope.PERSONAL, "bob")).isEmpty();
        assertThat(streaks.findAll("alice")).containsExactly(moved, server);
    }

    @Test
    @DisplayName("review schedule: upserted per concept, weakest by lapses then easiness")
    void reviews() {
        JdbcReviewRepository reviews = new JdbcReviewRepository(db.jdbc());
        ReviewItem a = new ReviewItem("q/a", 2.5, 6, 1, 0, T0.plusSeconds(6 * 86_400), T0);
        ReviewItem b = new ReviewItem("q/b", 1.7, 1, 0, 2, T0.plusSeconds(86_400), T0);
        ReviewItem c = new ReviewItem("q/c", 1.3, 1, 0, 2, T0.plusSeconds(86_400), T0);
        reviews.saveAll("alice", List.of(a, b));
        ReviewItem a2 = new ReviewItem("q/a", 2.6, 15, 2, 0, T0.plusSeconds(15 * 86_400), T0.plusSeconds(60));
        reviews.saveAll("alice", List.of(a2, c));

        assertThat(reviews.all("alice")).containsExactly(a2, b, c);
        assertThat(reviews.weakest("alice", 5)).containsExactly(c, b);
        assertThat(reviews.all("bob")).isEmpty();
    }

    @Test
    @DisplayName("settings: user zone and opt-out, server zone, membership added once")
    void settings() {
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db.jdbc());
        assertThat(settings.user("alice")).isEmpty();
        settings.saveUser(new UserSettings("alice", ZoneId.of("Europe/Paris"), "srv", false), T0);
        settings.saveUser(new UserSettings("alice", ZoneId.of("Asia/Tokyo"), "srv", true), T0);
        settings.saveServerZone("srv", ZoneId.of("America/New_York"), T0);
        settings.saveServerZone("srv", ZoneId.of("America/Chicago"), T0);
        settings.addMember("srv", "alice", T0);
        settings.addMember("srv", "alice", T0.plusSeconds(5));

        assertThat(settings.user("alice")).contains(new UserSettings("alice", ZoneId.of("Asia/Tokyo"), "srv", true));
        assertThat(settings.serverZone("srv")).contains(ZoneId.of("America/Chicago"));
        assertThat(settings.serverZone("other")).isEmpty();
        assertThat(db.jdbc().sql("select count(*) from server_members").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("leaderboards: points per week among members, ties share a rank, opted-out users left out, lost streaks are 0")
    void leaderboards() {
        JdbcLeaderboardRepository boards = new JdbcLeaderboardRepository(db.jdbc());
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db.jdbc());
        JdbcStreakRepository streaks = new JdbcStreakRepository(db.jdbc(), Clock.fixed(T0, ZoneOffset.UTC));
        for (String user : List.of("ann", "ben", "cat", "dan", "eve")) {
            settings.addMember("srv", user, T0);
        }
        boards.addPoints("ann", MONDAY, 50);
        boards.addPoints("ann", MONDAY, 40);
        boards.addPoints("ben", MONDAY, 90);
        boards.addPoints("cat", MONDAY, 70);
        boards.addPoints("dan", MONDAY, 95);
        boards.addPoints("zed", MONDAY, 500); // not a member
        boards.addPoints("eve", MONDAY.minusWeeks(1), 100);
        settings.saveUser(UserSettings.defaults("dan").withOptOut(true), T0);

        assertThat(boards.topByPoints("srv", MONDAY, 10)).containsExactly(new LeaderboardEntry(1, "ann", 90),
                new LeaderboardEntry(1, "ben", 90), new LeaderboardEntry(3, "cat", 70));
        assertThat(boards.topByPoints("srv", MONDAY, 1)).containsExactly(new LeaderboardEntry(1, "ann", 90));
        assertThat(boards.entryByPoints("srv", MONDAY, "cat")).contains(new LeaderboardEntry(3, "cat", 70));
        assertThat(boards.entryByPoints("srv", MONDAY, "dan")).isEmpty();
        assertThat(boards.entryByPoints("srv", MONDAY, "eve")).isEmpty();
        assertThat(boards.topByPoints("srv", MONDAY.minusWeeks(1), 10)).containsExactly(new LeaderboardEntry(1, "eve", 100));
        settings.addMember("srv", "zed", T0); // joining brings this week's and past weeks' points along
        assertThat(boards.topByPoints("srv", MONDAY, 1)).containsExactly(new LeaderboardEntry(1, "zed", 500));
        boards.addPoints("zed", MONDAY, 1);
        assertThat(boards.entryByPoints("srv", MONDAY, "zed")).contains(new LeaderboardEntry(1, "zed", 501));

        StreakScope scope = StreakScope.server("srv");
        streaks.save(new StreakRecord(scope, "ann", new StreakState(5, 5, 0, 0, MONDAY), T0.plusSeconds(3600)));
        streaks.save(new StreakRecord(scope, "ben", new StreakState(9, 9, 0, 0, MONDAY), T0.minusSeconds(1)));
        streaks.save(new StreakRecord(scope, "cat", new StreakState(2, 7, 0, 0, MONDAY), T0.plusSeconds(3600)));
        streaks.save(new StreakRecord(StreakScope.PERSONAL, "cat", new StreakState(30, 30, 0, 0, MONDAY), T0.plusSeconds(3600)));

        assertThat(boards.topByStreak("srv", T0, 10)).containsExactly(new LeaderboardEntry(1, "ann", 5),
                new LeaderboardEntry(2, "cat", 2));
        assertThat(boards.entryByStreak("srv", T0, "cat")).contains(new LeaderboardEntry(2, "cat", 2));
        assertThat(boards.entryByStreak("srv", T0, "ben")).isEmpty();
    }

    private static AnswerRecord answer(String user, String server, String question, String probe, int score,
                                       Instant at, LocalDate day) {
        return new AnswerRecord(user, server, "s-" + user, question, probe, Topic.GIL, score, List.of("a", "b"),
                List.of(), List.of("c"), List.of(), at, day);
    }
}
