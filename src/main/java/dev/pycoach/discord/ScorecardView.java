package dev.pycoach.discord;

import dev.pycoach.interview.HiringSignal;
import dev.pycoach.interview.Outcome;
import dev.pycoach.interview.Scorecard;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * The end of an interview: an embed with the verdict, each question's result and what to study, and the full
 * report (with model answers and links) as a Markdown attachment, which has no length limit. Pure.
 */
final class ScorecardView {
    static final String REPORT_NAME = "pycoach-scorecard.md";

    MessageEmbed embed(Scorecard card) {
        EmbedFit embed = new EmbedFit()
                .title("Scorecard \u00b7 " + card.signal().label() + " \u00b7 " + card.average() + "/100")
                .color(color(card.signal()))
                .description(card.topicAverages().isEmpty() ? "No answers to score yet."
                        : "Topics: " + card.topicAverages().entrySet().stream()
                        .map(e -> e.getKey().title() + " " + e.getValue()).collect(Collectors.joining(", ")));
        int n = 1;
        for (Scorecard.QuestionScore q : card.questions()) {
            embed.field(n++ + ". " + q.title(), questionSummary(q));
        }
        if (!card.studyNext().isEmpty()) {
            embed.field("Study next", card.studyNext().stream().map(s -> "\u2022 " + s.point())
                    .collect(Collectors.joining("\n")));
        }
        return embed.footer("The attached report has the model answers and reading links.").build();
    }

    FileUpload report(Scorecard card) {
        return FileUpload.fromData(markdown(card).getBytes(StandardCharsets.UTF_8), REPORT_NAME);
    }

    String markdown(Scorecard card) {
        StringBuilder md = new StringBuilder("# PyCoach scorecard\n\n**")
                .append(card.signal().label()).append("** \u2014 ").append(card.average()).append("/100\n\n");
        int n = 1;
        for (Scorecard.QuestionScore q : card.questions()) {
            md.append("## ").append(n++).append(". ").append(q.title()).append("\n\n")
                    .append("Score ").append(q.score()).append(" \u00b7 ").append(q.outcome().label())
                    .append(" \u00b7 ").append(q.probesAsked()).append(" follow-up(s), depth ").append(q.depth())
                    .append("\n\n");
            q.covered().forEach(c -> md.append("- covered: ").append(c).append('\n'));
            q.missed().forEach(c -> md.append("- missed: ").append(c).append('\n'));
            q.misconceptions().forEach(c -> md.append("- correction: ").append(c).append('\n'));
            if (q.outcome() != Outcome.NOT_REACHED) {
                md.append("\n**Model answer**\n\n").append(q.modelAnswer()).append("\n\n");
            }
        }
        if (!card.studyNext().isEmpty()) {
            md.append("## Study next\n\n");
            card.studyNext().forEach(s -> md.append("- ").append(s.point()).append(" \u2014 ").append(s.why())
                    .append(s.reference() == null ? "" : " (" + s.reference() + ")").append('\n'));
        }
        return md.toString();
    }

    private static String questionSummary(Scorecard.QuestionScore q) {
        StringBuilder s = new StringBuilder().append(q.score()).append("/100 \u00b7 ").append(q.outcome().label());
        q.covered().forEach(c -> s.append("\n\u2705 ").append(c));
        q.missed().forEach(c -> s.append("\n\u274c ").append(c));
        q.misconceptions().forEach(c -> s.append("\n\u26a0\ufe0f ").append(c));
        return s.toString();
    }

    private static int color(HiringSignal signal) {
        return switch (signal) {
            case STRONG_HIRE, HIRE -> 0x2E7D32;
            case LEAN_NO_HIRE -> 0xF9A825;
            case NO_HIRE -> 0xC62828;
            case INCOMPLETE -> 0x757575;
        };
    }
}
