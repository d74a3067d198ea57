package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.bank.Topic;
import dev.pycoach.discord.fake.DiscordLimits;
import dev.pycoach.interview.HiringSignal;
import dev.pycoach.interview.Outcome;
import dev.pycoach.interview.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Oversized content is split or cut to Discord's limits instead of being rejected by Discord. */
class ViewLimitsTest {

    @Test
    @DisplayName("a ten-question scorecard with long rubric points fits one embed of at most 6,000 characters")
    void hugeScorecard() {
        List<Scorecard.QuestionScore> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<String> points = List.of("p".repeat(300), "q".repeat(300), "r".repeat(300), "s".repeat(300));
            questions.add(new Scorecard.QuestionScore("q" + i, Topic.GIL, "t".repeat(400), 50, Outcome.GAPS_REMAIN,
                    points, points, points, 2, 1, "m".repeat(5000)));
        }
        List<Scorecard.StudyItem> study = List.of(new Scorecard.StudyItem("q1", "c", "x".repeat(3000), "why", null));
        Scorecard card = new Scorecard("s", questions, Map.of(Topic.GIL, 50), 50, HiringSignal.LEAN_NO_HIRE, study);

        MessageEmbed embed = new ScorecardView().embed(card);

        assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
        assertThat(embed.getFields()).allMatch(f -> f.getValue().length() <= MessageEmbed.VALUE_MAX_LENGTH);
        assertThat(embed.getFields()).last().extracting(MessageEmbed.Field::getValue).isEqualTo(EmbedFit.MORE);
        assertThat(new ScorecardView().markdown(card)).contains("m".repeat(5000));
    }

    @Test
    @DisplayName("long text becomes several messages of at most 2,000 characters; 12 embeds become two messages")
    void packing() {
        List<MessageEmbed> embeds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            embeds.add(new EmbedFit().title("e" + i).description("d".repeat(400)).build());
        }
        List<MessageCreateData> messages = Outgoing.pack("w ".repeat(3000), embeds, List.of(), List.of());

        assertThat(messages).hasSizeGreaterThanOrEqualTo(4);
        assertThat(messages).allMatch(m -> m.getContent().length() <= 2000 && m.getEmbeds().size() <= 10);
        assertThat(messages).allMatch(m -> DiscordLimits.message(m.toData(), 0, false).isEmpty());
        assertThat(messages.stream().mapToInt(m -> m.getEmbeds().size()).sum()).isEqualTo(12);
    }

    @Test
    @DisplayName("an embed description over 4,096 characters is cut with an ellipsis")
    void longDescription() {
        MessageEmbed embed = new EmbedFit().title("x".repeat(300)).description("y".repeat(10_000)).footer("z".repeat(3000))
                .build();

        assertThat(embed.getTitle()).hasSize(MessageEmbed.TITLE_MAX_LENGTH).endsWith(SafeText.ELLIPSIS);
        assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
        assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
    }
}
