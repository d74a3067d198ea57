package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import dev.pycoach.bank.Question;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.MisconceptionHit;
import dev.pycoach.interview.Feedback;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

/** Feedback quotes the sentence behind each verdict: the user's own words, so they must not ping or format. */
class FeedbackViewTest {
    private static final Question GIL = TestBanks.question("gil-what-it-protects");

    @Test
    void quotesTheSentenceThatEarnedEachVerdictWithoutPingingOrFormatting() {
        String hostile = "@everyone <@&42> **the GIL** makes `code` thread-safe, ask <@123>";
        List<ConceptResult> concepts = GIL.concepts().stream()
                .map(c -> c.id().equals("one-thread-bytecode")
                        ? new ConceptResult(c.id(), Coverage.COVERED, "Threads take turns running Python code.")
                        : new ConceptResult(c.id(), Coverage.MISSED, null))
                .toList();
        Assessment a = new Assessment(GIL.id(), concepts,
                List.of(new MisconceptionHit("gil-makes-code-thread-safe", hostile)), 10);

        MessageEmbed embed = new FeedbackView().embed("Question 1", new Feedback(GIL, a, null));

        assertThat(embed.getDescription()).contains("you said: *\u201cThreads take turns running Python code.\u201d*");
        assertThat(embed.getDescription()).doesNotContain("@everyone", "<@&42>", "<@123>", "**the GIL**");
        assertThat(embed.getDescription()).contains("@\u200beveryone");
    }

    @Test
    void aLongSentenceIsCutToOneShortLine() {
        String longSentence = "word ".repeat(200) + "\n\nmore";
        List<ConceptResult> concepts = GIL.concepts().stream()
                .map(c -> new ConceptResult(c.id(), Coverage.COVERED, longSentence)).toList();
        MessageEmbed embed = new FeedbackView().embed("Question 1",
                new Feedback(GIL, new Assessment(GIL.id(), concepts, List.of(), 100), null));

        embed.getDescription().lines().filter(l -> l.contains("you said"))
                .forEach(l -> assertThat(l.length()).isLessThan(140));
    }
}
