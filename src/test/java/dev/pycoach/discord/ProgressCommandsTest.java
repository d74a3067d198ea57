package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.discord.fake.FakeUser;
import dev.pycoach.discord.fake.Interaction;
import dev.pycoach.discord.fake.RecordedRequest;
import dev.pycoach.discord.fake.SentMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code /streak}, {@code /stats}, {@code /leaderboard} and {@code /settings} on the real bot and database. The fake
 * server is shared by every end-to-end test of the JVM, so board assertions are about this test's own users only.
 */
class ProgressCommandsTest extends EndToEndTestBase {
    private static final String GOOD_ANSWER = "A descriptor defines __get__ on the class; a property is a data "
            + "descriptor.";

    @Test
    @DisplayName("/streak after answering a /practice question: a 1-day practice streak, shown in the channel")
    void streakAfterPractice() throws Exception {
        FakeUser ivy = fake.newUser("ivy");
        answerPractice(ivy, GOOD_ANSWER);

        SentMessage streak = replyTo(command(ivy, true, CommandCatalog.STREAK, null, Map.of()));

        assertThat(streak.ephemeral()).isFalse();
        assertThat(streak.embedTitles()).containsExactly("\ud83d\udd25 Your streak");
        assertThat(streak.text()).contains("Practice streak\n**1 day** \u00b7 longest 1 day")
                .contains("today counts")
                .contains("Daily-question streak in this server\nNo streak yet");
    }

    @Test
    @DisplayName("/streak on another member: their streak, or 'keeps their streak private' once they opt out")
    void streakOfAnotherMember() throws Exception {
        FakeUser jay = fake.newUser("jay");
        FakeUser kim = fake.newUser("kim");
        answerPractice(kim, GOOD_ANSWER);

        SentMessage visible = replyTo(command(jay, true, CommandCatalog.STREAK, null, Map.of(CommandCatalog.USER, kim)));
        assertThat(visible.embedTitles()).containsExactly("\ud83d\udd25 Streak");
        assertThat(visible.text()).contains("<@" + kim.id() + ">").contains("**1 day**");

        SentMessage hidden = replyTo(command(kim, true, CommandCatalog.SETTINGS, CommandCatalog.LEADERBOARD,
                Map.of(CommandCatalog.VISIBILITY, CommandCatalog.HIDE)));
        assertThat(hidden.ephemeral()).isTrue();
        assertThat(hidden.content()).contains("hidden from every leaderboard");

        SentMessage refused = replyTo(command(jay, true, CommandCatalog.STREAK, null, Map.of(CommandCatalog.USER, kim)));
        assertThat(refused.content()).isEqualTo("<@" + kim.id() + "> keeps their streak private.");
        assertThat(refused.embeds().isEmpty()).isTrue();
        SentMessage own = replyTo(command(kim, true, CommandCatalog.STREAK, null, Map.of(CommandCatalog.USER, kim)));
        assertThat(own.text()).as("your own streak stays visible to you").contains("**1 day**");
    }

    @Test
    @DisplayName("/stats is private: a friendly pointer before any answer, then answers, mastery and weakest concepts")
    void stats() throws Exception {
        FakeUser lou = fake.newUser("lou");

        SentMessage none = replyTo(command(lou, false, CommandCatalog.STATS, null, Map.of()));
        assertThat(none.ephemeral()).isTrue();
        assertThat(none.content()).contains("No answers yet").contains("/practice").contains("/interview start");

        answerPractice(lou, "A descriptor defines __get__ on the class.");
        SentMessage stats = replyTo(command(lou, true, CommandCatalog.STATS, null, Map.of()));

        assertThat(stats.ephemeral()).isTrue();
        assertThat(stats.embedTitles()).containsExactly("\ud83d\udcc8 Your progress");
        assertThat(stats.text()).contains("**1** answer \u00b7 average score **")
                .contains("Practice streak\n**1 day**")
                .contains("Mastery by topic\n`").contains("Descriptors and attribute access \u00b7 1 question")
                .contains("Weakest concepts\n\u2022 **Descriptors and attribute access**: Data descriptors take precedence over the "
                        + "instance dict. (missed 1\u00d7)");
    }

    @Test
    @DisplayName("/leaderboard: members who answered are on it, one who opted out is not; periods; refused in a DM")
    void leaderboard() throws Exception {
        FakeUser max = fake.newUser("max");
        FakeUser nia = fake.newUser("nia");
        FakeUser oz = fake.newUser("oz");
        for (FakeUser u : List.of(max, nia, oz)) {
            answerPractice(u, GOOD_ANSWER);
        }
        replyTo(command(oz, false, CommandCatalog.SETTINGS, CommandCatalog.LEADERBOARD,
                Map.of(CommandCatalog.VISIBILITY, CommandCatalog.HIDE)));

        List<String> boards = new ArrayList<>();
        for (FakeUser u : List.of(max, nia, oz)) {
            SentMessage board = replyTo(command(u, true, CommandCatalog.LEADERBOARD, null, Map.of()));
            assertThat(board.ephemeral()).isFalse();
            assertThat(board.embedTitles()).containsExactly("\ud83c\udfc6 Leaderboard \u00b7 this week");
            boards.add(board.text());
        }
        // The top 10 may hold other tests' users; the viewer's own row is shown even outside it.
        assertThat(boards.get(0)).containsPattern("\\*\\*\\d+\\.\\*\\* <@" + max.id() + "> \u2014 \\d+ points? \u2190 you");
        assertThat(boards.get(1)).contains("<@" + nia.id() + ">");
        assertThat(boards).noneMatch(b -> b.contains(oz.id()));
        assertThat(boards.get(2)).contains("You are hidden from leaderboards; `/settings leaderboard show`");

        SentMessage lastWeek = replyTo(command(max, true, CommandCatalog.LEADERBOARD, null,
                Map.of(CommandCatalog.PERIOD, "last-week")));
        assertThat(lastWeek.embedTitles()).containsExactly("\ud83c\udfc6 Leaderboard \u00b7 last week");
        assertThat(lastWeek.text()).doesNotContain(max.id());

        SentMessage dm = replyTo(command(max, false, CommandCatalog.LEADERBOARD, null, Map.of()));
        assertThat(dm.ephemeral()).isTrue();
        assertThat(dm.content()).startsWith("Leaderboards belong to a server");
    }

    @Test
    @DisplayName("/settings timezone: a known zone is set with the local time; an unknown one is named safely, with help")
    void timeZone() throws Exception {
        FakeUser pia = fake.newUser("pia");

        SentMessage set = replyTo(command(pia, false, CommandCatalog.SETTINGS, CommandCatalog.TIMEZONE,
                Map.of(CommandCatalog.ZONE, "europe/berlin")));
        assertThat(set.ephemeral()).isTrue();
        assertThat(set.content()).containsPattern("Your time zone is now \\*\\*Europe/Berlin\\*\\*: it is \\w+day \\d+ "
                + "\\w+, \\d\\d:\\d\\d there");

        Interaction bad = command(pia, true, CommandCatalog.SETTINGS, CommandCatalog.TIMEZONE,
                Map.of(CommandCatalog.ZONE, "Mars/Olympus @everyone"));
        SentMessage refused = replyTo(bad);
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.content()).startsWith("`Mars/Olympus @everyone` is not a time zone I know")
                .contains("`Europe/Berlin`");
        // A reply (callback data) or, after a deferral on a loaded machine, an edit of the original (the body itself).
        DataObject sent = fake.requests().stream().filter(r -> r.jsonText().contains("not a time zone I know"))
                .map(RecordedRequest::json).findFirst().orElseThrow();
        DataObject message = sent.optObject("data").orElse(sent);
        assertThat(message.getObject("allowed_mentions").getArray("parse").isEmpty()).as("pings nobody").isTrue();
    }

    @Test
    @DisplayName("zone autocomplete: 'euro' offers Europe/… zones, at most 25")
    void zoneAutocomplete() throws Exception {
        FakeUser quin = fake.newUser("quin");

        SentMessage choices = replyTo(fake.autocomplete(quin, CommandCatalog.SETTINGS, CommandCatalog.TIMEZONE,
                CommandCatalog.ZONE, "euro"));

        assertThat(choices.via()).isEqualTo("choices");
        DataArray list = choices.json().getArray("choices");
        assertThat(list.length()).isBetween(1, 25);
        for (int i = 0; i < list.length(); i++) {
            assertThat(list.getObject(i).getString("value")).startsWith("Europe/");
        }
    }

    @Test
    @DisplayName("/settings server-timezone needs Manage Server: refused without it, set with it")
    void serverTimeZone() throws Exception {
        FakeUser ray = fake.newUser("ray");
        FakeUser sue = fake.newUser("sue");
        fake.grantManageServer(sue);

        SentMessage refused = replyTo(command(ray, true, CommandCatalog.SETTINGS, CommandCatalog.SERVER_TIMEZONE,
                Map.of(CommandCatalog.ZONE, "UTC")));
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.content()).contains("Only members with the **Manage Server** permission");

        // UTC, the default already: other tests sharing the server are not moved to another calendar.
        SentMessage set = replyTo(command(sue, true, CommandCatalog.SETTINGS, CommandCatalog.SERVER_TIMEZONE,
                Map.of(CommandCatalog.ZONE, "UTC")));
        assertThat(set.ephemeral()).isTrue();
        assertThat(set.content()).startsWith("This server's time zone is now **UTC**");
    }

    private Interaction command(FakeUser user, boolean inGuild, String name, String sub, Map<String, Object> options) {
        return fake.slash(user, inGuild, name, sub, options);
    }

    /** {@code /practice} in the server, Answer, and the modal submitted; waits for the feedback. */
    private void answerPractice(FakeUser user, String answer) throws InterruptedException {
        SentMessage question = replyTo(command(user, true, CommandCatalog.PRACTICE, null,
                Map.of(CommandCatalog.TOPIC, "descriptors")));
        String modalId = replyTo(fake.click(user, question, question.button("Answer"))).json().getString("custom_id");
        SentMessage feedback = replyTo(fake.submitModal(user, true, modalId, Map.of(PracticeView.ANSWER_INPUT, answer)));
        assertThat(feedback.content()).doesNotContain("couldn't save");
    }
}
