package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.discord.fake.FakeUser;
import dev.pycoach.discord.fake.SentMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the bot refuses, always privately and politely: bad options, closed DMs, a second interview, spam. */
class RefusalsTest extends EndToEndTestBase {

    @Test
    @DisplayName("a bad option value gets a private message naming it (as code, so it cannot ping) and the choices")
    void badOptionValues() throws Exception {
        FakeUser ed = fake.newUser("ed");

        SentMessage topic = replyTo(slash(ed, true, CommandCatalog.START, Map.of(CommandCatalog.TOPIC, "@everyone cobol")));
        assertThat(topic.ephemeral()).isTrue();
        assertThat(topic.content()).contains("Unknown topic `@everyone cobol`").contains("descriptors");

        SentMessage questions = replyTo(slash(ed, true, CommandCatalog.START, Map.of(CommandCatalog.QUESTIONS, "many")));
        assertThat(questions.content()).contains("from 1 to 10").contains("`many`");

        SentMessage level = replyTo(slash(ed, false, CommandCatalog.START, Map.of(CommandCatalog.LEVEL, "guru")));
        assertThat(level.ephemeral()).isTrue();
        assertThat(level.content()).contains("Unknown level `guru`");
    }

    @Test
    @DisplayName("closed DMs: the user is told how to open them, and no interview is left running")
    void closedDms() throws Exception {
        FakeUser flo = fake.newUser("flo");
        fake.closeDms(flo);

        SentMessage reply = replyTo(slash(flo, true, CommandCatalog.START, Map.of(CommandCatalog.TOPIC, "gil")));
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.content()).contains("can't send you a direct message").contains("Privacy Settings");

        SentMessage status = replyTo(slash(flo, true, CommandCatalog.STATUS, Map.of()));
        assertThat(status.content()).contains("no interview in progress");
    }

    @Test
    @DisplayName("a second /interview start while one runs is refused with how to go on")
    void oneInterviewAtATime() throws Exception {
        FakeUser gus = fake.newUser("gus");
        replyTo(slash(gus, false, CommandCatalog.START, Map.of(CommandCatalog.TOPIC, "gil")));

        SentMessage again = replyTo(slash(gus, false, CommandCatalog.START, Map.of()));
        assertThat(again.ephemeral()).isTrue();
        assertThat(again.content()).contains("already have an interview running").contains("/interview resume");
    }

    @Test
    @DisplayName("a user spamming answers: the first 12 are taken, one 'slow down', the rest dropped silently")
    void spam() throws Exception {
        FakeUser hal = fake.newUser("hal");
        replyTo(slash(hal, false, CommandCatalog.START, Map.of(CommandCatalog.TOPIC, "gil")));

        for (int i = 1; i <= 20; i++) {
            fake.sendDm(hal, "part " + i + " of my very long answer");
        }
        // A barrier: resume from the server sends to the same DM channel, after everything queued before it.
        replyTo(slash(hal, true, CommandCatalog.RESUME, Map.of()));
        List<SentMessage> dms = new ArrayList<>();
        SentMessage next;
        do {
            next = nextDm(hal);
            dms.add(next);
        } while (next.embedTitles().isEmpty());

        assertThat(dms).hasSize(14);
        assertThat(dms.subList(0, 12)).allMatch(m -> m.content().startsWith("\ud83d\udcdd Noted"));
        assertThat(dms.get(11).content()).contains("part 12");
        assertThat(dms.get(12).content()).startsWith("Slow down a little");
        assertThat(dms.get(13).embedTitles().get(0)).startsWith("Question 1/");
    }
}
