package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.bank.BankLoader;
import dev.pycoach.bank.BankSource;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Topic;
import dev.pycoach.discord.fake.DiscordLimits;
import dev.pycoach.grading.LexicalGrader;
import dev.pycoach.interview.InterviewEngine;
import dev.pycoach.interview.Mode;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.PracticeService;
import dev.pycoach.interview.QuestionPicker;
import dev.pycoach.interview.Reply;
import dev.pycoach.interview.SessionSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.pycoach.progress.Board;
import dev.pycoach.progress.LeaderboardEntry;
import dev.pycoach.progress.LeaderboardService;
import dev.pycoach.progress.StatsService;
import dev.pycoach.progress.Streak;
import dev.pycoach.progress.StreakService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Snapshots of what the views send ({@code toData()} JSON, keys sorted), compared with
 * {@code src/test/resources/discord-snapshots/}. Each is also checked against Discord's limits. After a
 * deliberate change: {@code ./mvnw test -Dtest=ViewSnapshotTest -Dsnapshots.update=true}.
 */
class ViewSnapshotTest {
    private static final Path DIR = Path.of("src/test/resources/discord-snapshots");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();
    private final QuestionBank bank = new BankLoader().load(BankSource.fromDirectory(Path.of("src/test/resources/discord-bank")));
    private final InterviewEngine engine = new InterviewEngine(bank, new LexicalGrader(), PlannerPolicy.DEFAULT,
            new QuestionPicker(), Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC), () -> "session-1");
    private final Views views = Views.create();

    @Test
    @DisplayName("a DM interview: intro, question with buttons, coach feedback with the challenge, scorecard with report")
    void interview() throws IOException {
        SessionSpec spec = new SessionSpec(Topic.GIL, null, 1, Mode.COACH, 2, 1);
        Reply started = engine.start("user-1", spec, Set.of());
        Reply answered = engine.answer(started.session(), "The GIL makes code thread-safe.");
        Reply ended = engine.end(answered.session());

        snapshot("interview-intro", List.of(views.interview().intro(spec)));
        snapshot("interview-question", views.interview().render(started));
        snapshot("interview-feedback-and-challenge", views.interview().render(answered));
        snapshot("interview-scorecard", views.interview().render(ended));
        snapshot("interview-draft-noted", List.of(views.interview().draftNoted(
                Draft.empty("session-1", "0-1").with("part one").with("part two"), answered.session())));
    }

    @Test
    @DisplayName("practice: the question with its buttons, the answer modal, the private feedback; help")
    void practiceAndHelp() throws IOException {
        PracticeService practice = new PracticeService(bank, new LexicalGrader(), new QuestionPicker(),
                PlannerPolicy.DEFAULT, 2);
        var question = practice.question("descriptors-testbed");

        snapshot("practice-question", List.of(views.practice().question(question)));
        DataObject modal = views.practice().answerModal(question).toData();
        assertThat(DiscordLimits.modal(modal)).isEmpty();
        compare("practice-modal", modal.toString());
        snapshot("practice-feedback", views.practice().feedback(practice.grade("descriptors-testbed",
                "A descriptor defines __get__ on the class.")));
        snapshot("help", List.of(views.help().help()));
    }

    @Test
    @DisplayName("progress: a streak, stats, a weekly board with the viewer outside the top, settings replies")
    void progress() throws IOException {
        Streak streak = new Streak(8, 12, 1, 0, true, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4));
        snapshot("progress-streak", List.of(views.progress().streak(new StreakService.StreakView("101", false, streak,
                new Streak(2, 2, 0, 0, false, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))), "101")));
        Map<Topic, StatsService.TopicMastery> mastery = new EnumMap<>(Topic.class);
        mastery.put(Topic.GIL, new StatsService.TopicMastery(Topic.GIL, 3, 81));
        mastery.put(Topic.DESCRIPTORS, new StatsService.TopicMastery(Topic.DESCRIPTORS, 1, 40));
        snapshot("progress-stats", List.of(views.progress().stats(new StatsService.UserStats("101", 14, 63.5, mastery,
                streak, List.of(new StatsService.WeakConcept("descriptors-testbed", Topic.DESCRIPTORS, "data-wins",
                        "Data descriptors take precedence over the instance dict.", 2, Instant.EPOCH)), 3))));
        snapshot("progress-leaderboard", List.of(views.leaderboard().board(new LeaderboardService.Leaderboard(
                Board.WEEK, LocalDate.of(2026, 3, 2), List.of(new LeaderboardEntry(1, "201", 240),
                new LeaderboardEntry(2, "202", 180), new LeaderboardEntry(2, "203", 180)),
                Optional.of(new LeaderboardEntry(14, "101", 35)), false), "101")));
        snapshot("settings-timezone", List.of(views.settings().timeZoneSet(
                ZonedDateTime.of(2026, 3, 3, 14, 5, 0, 0, ZoneId.of("Europe/Berlin"))),
                views.settings().unknownZone("Mars/Olympus", List.of())));
    }

    private void snapshot(String name, List<MessageCreateData> messages) throws IOException {
        StringBuilder all = new StringBuilder("[");
        for (MessageCreateData m : messages) {
            DataObject data = m.toData();
            assertThat(DiscordLimits.message(data, m.getFiles().size(), false)).as(name).isEmpty();
            all.append(all.length() > 1 ? "," : "").append(data);
        }
        compare(name, all.append("]").toString());
    }

    private static void compare(String name, String json) throws IOException {
        String normalized = JSON.writeValueAsString(JSON.readValue(json, Object.class)) + "\n";
        Path file = DIR.resolve(name + ".json");
        if (Boolean.getBoolean("snapshots.update") || !Files.exists(file)) {
            Files.createDirectories(DIR);
            Files.writeString(file, normalized);
            assertThat(Boolean.getBoolean("snapshots.update")).as("snapshot " + file + " was missing and is now written; "
                    + "review and commit it").isTrue();
        }
        assertThat(normalized).as("snapshot " + file).isEqualTo(Files.readString(file));
    }
}
