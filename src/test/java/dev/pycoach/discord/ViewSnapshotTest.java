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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
