package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.discord.fake.FakeUser;
import dev.pycoach.discord.fake.Interaction;
import dev.pycoach.discord.fake.SentMessage;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An interview started and run inside the DM: Submit, Hint, stale buttons, status, end. */
class DmInterviewTest extends EndToEndTestBase {

    @Test
    @DisplayName("in a DM: start replies in place; Submit sends the draft; Hint; a stale button is refused; status; end")
    void interviewInDm() throws Exception {
        FakeUser ida = fake.newUser("ida");

        Interaction start = slash(ida, false, CommandCatalog.START, Map.of(CommandCatalog.TOPIC, "descriptors",
                CommandCatalog.MODE, "interview", CommandCatalog.QUESTIONS, 1));
        SentMessage intro = replyTo(start);
        assertThat(intro.ephemeral()).isFalse();
        assertThat(intro.content()).contains("interview mode").contains("no feedback until the scorecard");
        SentMessage question = replyTo(start);
        assertThat(question.via()).isEqualTo("followup");
        assertThat(question.text()).contains("What is a descriptor");

        SentMessage hint = replyTo(fake.click(ida, question, question.button("Hint")));
        assertThat(hint.content()).startsWith("Hint 1/2");

        fake.sendDm(ida, "I think descriptors on the instance work too.");
        SentMessage noted = nextDm(ida);
        SentMessage probe = replyTo(fake.click(ida, noted, noted.button("Submit")));
        assertThat(probe.embedTitles()).noneMatch(t -> t.startsWith("Feedback"));
        assertThat(probe.text()).contains("push back");

        SentMessage stale = replyTo(fake.click(ida, question, question.button("Skip")));
        assertThat(stale.ephemeral()).isTrue();
        assertThat(stale.content()).contains("earlier question");

        fake.sendDm(ida, "It would just be a plain object then.");
        nextDm(ida);
        SentMessage status = replyTo(slash(ida, false, CommandCatalog.STATUS, Map.of()));
        assertThat(status.content()).contains("question 1 of 1 (a follow-up)").contains("Draft: 1 message(s)");

        SentMessage end = replyTo(slash(ida, false, CommandCatalog.END, Map.of()));
        assertThat(end.content()).contains("Interview ended");
        assertThat(end.embedTitles()).anyMatch(t -> t.startsWith("Scorecard"));
    }

    @Test
    @DisplayName("a DM with no interview running says how to start one; the bot survives a gateway reconnect")
    void noInterviewAndReconnect() throws Exception {
        FakeUser jo = fake.newUser("jo");
        fake.reconnect();

        fake.sendDm(jo, "hello?");
        assertThat(nextDm(jo).content()).contains("no interview running").contains("/interview start");
    }
}
