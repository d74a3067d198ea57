package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.bank.Topic;
import dev.pycoach.discord.fake.DiscordLimits;
import dev.pycoach.progress.Board;
import dev.pycoach.progress.LeaderboardEntry;
import dev.pycoach.progress.LeaderboardService.Leaderboard;
import dev.pycoach.progress.StatsService.TopicMastery;
import dev.pycoach.progress.StatsService.UserStats;
import dev.pycoach.progress.StatsService.WeakConcept;
import dev.pycoach.progress.Streak;
import dev.pycoach.progress.StreakService.StreakView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The progress views with oversized inputs: always within Discord's limits, never pinging, nothing dropped silently. */
class ProgressViewsTest {
    private final Views views = Views.create();

    @Test
    @DisplayName("/stats with all 15 topics and five weak concepts with very long points fits one embed")
    void hugeStats() {
        Map<Topic, TopicMastery> mastery = new EnumMap<>(Topic.class);
        int m = 0;
        for (Topic t : Topic.values()) {
            mastery.put(t, new TopicMastery(t, 40, m++ * 7));
        }
        List<WeakConcept> weakest = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            weakest.add(new WeakConcept("q" + i, Topic.values()[i], "c" + i, "long point ".repeat(400), 9, Instant.EPOCH));
        }
        UserStats stats = new UserStats("1", 123_456, 61.4, mastery, new Streak(400, 812, 2, 30, false,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2)), weakest, 17);

        MessageCreateData message = views.progress().stats(stats);

        assertThat(DiscordLimits.message(message.toData(), 0, false)).isEmpty();
        MessageEmbed embed = message.getEmbeds().get(0);
        assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
        String text = fieldsText(embed);
        assertThat(text).doesNotContain(EmbedFit.MORE);
        for (Topic t : Topic.values()) {
            assertThat(text).contains(t.title());
        }
        assertThat(text.indexOf(Topic.PRODUCTION.title())).as("strongest first")
                .isLessThan(text.indexOf(Topic.OBJECT_MODEL.title()));
        assertThat(embed.getFields()).filteredOn(f -> f.getName().startsWith("Weakest")).isNotEmpty()
                .allMatch(f -> f.getValue().contains(SafeText.ELLIPSIS));
        assertThat(embed.getDescription()).contains("**123456** answers").contains("**61**/100");
        assertThat(text).contains("**400 days** \u00b7 longest 812 days \u00b7 freezes held 2/2 \u00b7 answer by Mon 2 Mar");
    }

    @Test
    @DisplayName("/stats with no answers is a friendly pointer to /practice and /interview start")
    void noStats() {
        MessageCreateData message = views.progress().stats(new UserStats("1", 0, 0, Map.of(), Streak.NONE, List.of(), 0));

        assertThat(message.getEmbeds()).isEmpty();
        assertThat(message.getContent()).contains("No answers yet").contains("`/practice`").contains("`/interview start`");
    }

    @Test
    @DisplayName("/streak: hidden target, a DM (no server streak), a lost streak")
    void streaks() {
        MessageCreateData hidden = views.progress().streak(new StreakView("42", true, Streak.NONE, null), "7");
        assertThat(hidden.getContent()).isEqualTo("<@42> keeps their streak private.");
        assertThat(hidden.getAllowedMentions()).isEmpty();

        MessageCreateData dm = views.progress().streak(new StreakView("7", false,
                new Streak(0, 9, 0, 2, false, LocalDate.of(2026, 1, 1), null), null), "7");
        MessageEmbed embed = dm.getEmbeds().get(0);
        assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName).containsExactly("Practice streak");
        assertThat(embed.getFields().get(0).getValue()).contains("**0 days** \u00b7 longest 9 days")
                .contains("answer today to start a new one");
        assertThat(DiscordLimits.message(dm.toData(), 0, false)).isEmpty();
    }

    @Test
    @DisplayName("/leaderboard: ten rows and the viewer's own further down; a malformed id is escaped, never a mention")
    void board() {
        List<LeaderboardEntry> top = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            top.add(new LeaderboardEntry(i, "10000000000000000" + i, 5000 - i));
        }
        top.set(9, new LeaderboardEntry(10, "@everyone", 1));
        Leaderboard board = new Leaderboard(Board.WEEK, LocalDate.of(2026, 3, 2), top,
                Optional.of(new LeaderboardEntry(4711, "99", 0)), false);

        MessageCreateData message = views.leaderboard().board(board, "99");

        assertThat(DiscordLimits.message(message.toData(), 0, false)).isEmpty();
        String description = message.getEmbeds().get(0).getDescription();
        assertThat(description).contains("**1.** <@100000000000000001> \u2014 4999 points")
                .contains("\u2026\n**4711.** <@99> \u2014 0 points \u2190 you")
                .doesNotContain("@everyone").contains("@\u200beveryone");
        assertThat(message.getEmbeds().get(0).getFooter().getText()).startsWith("Week of Mon 2 Mar");
    }

    @Test
    @DisplayName("/leaderboard: an empty streak board, and a viewer who opted out is told how to come back")
    void emptyBoard() {
        MessageCreateData message = views.leaderboard().board(new Leaderboard(Board.STREAK, null, List.of(),
                Optional.empty(), true), "99");

        String description = message.getEmbeds().get(0).getDescription();
        assertThat(description).startsWith("No daily-question streaks here yet")
                .contains("`/settings leaderboard show` puts you back");
    }

    @Test
    @DisplayName("an unknown zone is echoed as short inline code, whatever was typed")
    void unknownZone() {
        MessageCreateData message = views.settings().unknownZone("`<@1>` ".repeat(500), List.of("Europe/Berlin"));

        assertThat(message.getContent()).hasSizeLessThan(600).startsWith("`'<@1>' '<@1>'")
                .contains("Did you mean `Europe/Berlin`?");
        assertThat(message.getContent().chars().filter(c -> c == '`').count() % 2).isZero();
        assertThat(message.getAllowedMentions()).isEmpty();
    }

    @Test
    @DisplayName("/help lists every command and stays one short screen")
    void help() {
        MessageCreateData help = views.help().help();

        String description = help.getEmbeds().get(0).getDescription();
        assertThat(description).contains("/interview start", "/practice", "/streak", "/stats", "/leaderboard",
                "/settings timezone", "/settings leaderboard");
        assertThat(description.length()).isLessThan(2000);
        assertThat(DiscordLimits.message(help.toData(), 0, false)).isEmpty();
    }

    private static String fieldsText(MessageEmbed embed) {
        StringBuilder text = new StringBuilder();
        embed.getFields().forEach(f -> text.append(f.getName()).append('\n').append(f.getValue()).append('\n'));
        return text.toString();
    }
}
