package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.discord.fake.FakeUser;
import dev.pycoach.discord.fake.Interaction;
import dev.pycoach.discord.fake.RecordedRequest;
import dev.pycoach.discord.fake.SentMessage;
import dev.pycoach.progress.SettingsRepository;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A whole interview as a user lives it: started in a server, answered in DMs, probed, skipped, scored. */
class InterviewFlowTest extends EndToEndTestBase {
    @Autowired
    SettingsRepository settings;

    @Test
    @DisplayName("/interview start in a server → DM opened → answer in two messages → probe → skip → probe → skip → scorecard")
    void fullInterviewInDms() throws Exception {
        FakeUser ada = fake.newUser("ada");

        Interaction start = slash(ada, true, CommandCatalog.START, Map.of(CommandCatalog.TOPIC, "gil",
                CommandCatalog.QUESTIONS, 1, CommandCatalog.MODE, "coach"));
        SentMessage pointer = replyTo(start);
        assertThat(pointer.ephemeral()).isTrue();
        assertThat(pointer.content()).contains("Sent to your DMs").contains(ada.dmChannelId());
        assertThat(nextDm(ada).content()).contains("Mock interview").contains("coach mode");
        SentMessage question = nextDm(ada);
        assertThat(question.embedTitles().get(0)).startsWith("Question 1/1");
        assertThat(question.text()).contains("What does the GIL protect");

        fake.sendDm(ada, "Well, the GIL makes code thread-safe.");
        SentMessage noted = nextDm(ada);
        assertThat(noted.content()).contains("Noted").contains("part 1");
        assertThat(noted.buttonIds()).hasSize(1);
        fake.sendDm(ada, "That is all I know about it.\ndone");
        SentMessage feedback = nextDm(ada);
        assertThat(feedback.embedTitles()).first().asString().startsWith("Feedback");
        assertThat(feedback.text()).contains("Not quite").contains("Missed");
        assertThat(feedback.embedTitles()).anyMatch(t -> t.contains("push back"));

        Interaction skip = fake.click(ada, feedback, feedback.button("Skip"));
        SentMessage probe = replyTo(skip);
        assertThat(probe.ephemeral()).isFalse();
        assertThat(probe.content()).contains("Skipped that follow-up");
        assertThat(probe.text()).contains("Why is `x += 1` unsafe");

        Interaction skipAgain = fake.click(ada, probe, probe.button("Skip"));
        SentMessage scorecard = replyTo(skipAgain);
        assertThat(scorecard.embedTitles()).anyMatch(t -> t.startsWith("Scorecard"));
        assertThat(scorecard.files()).hasSize(1);
        assertThat(scorecard.file(ScorecardView.REPORT_NAME)).contains("Model answer").contains("use a lock");
        assertThat(settings.user(ada.id())).as("a command used in a server joins its board")
                .hasValueSatisfying(u -> assertThat(u.homeServerId()).isEqualTo(fake.guildId()));
    }

    @Test
    @DisplayName("commands are registered in the dev server, with the topic option on autocomplete")
    void commandsRegisteredInDevServer() throws Exception {
        FakeUser bo = fake.newUser("bo");
        Interaction typing = fake.autocomplete(bo, CommandCatalog.INTERVIEW, CommandCatalog.START,
                CommandCatalog.TOPIC, "desc");

        SentMessage choices = replyTo(typing);
        assertThat(choices.via()).isEqualTo("choices");
        assertThat(choices.json().getArray("choices").getObject(0).getString("value")).isEqualTo("descriptors");
        RecordedRequest registration = fake.registration().orElseThrow();
        assertThat(registration.path()).endsWith("/guilds/" + fake.guildId() + "/commands");
        assertThat(registration.jsonArray().length()).isEqualTo(CommandCatalog.commands().size()).isEqualTo(7);
    }
}
