package dev.pycoach.discord;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Misconception;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.MisconceptionHit;
import dev.pycoach.interview.Feedback;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** Coach feedback on one answer: each rubric concept covered, partly covered or missed, with why. Pure. */
final class FeedbackView {
    static final int COLOR = 0x2E7D32;
    private static final int EVIDENCE = 100;

    MessageEmbed embed(String title, Feedback feedback) {
        Assessment a = feedback.assessment();
        StringBuilder lines = new StringBuilder();
        for (ConceptResult r : a.concepts()) {
            Optional<Concept> concept = feedback.rubric().concepts().stream()
                    .filter(c -> c.id().equals(r.conceptId())).findFirst();
            concept.ifPresent(c -> lines.append(line(r, c)).append(evidence(r.evidence())));
        }
        for (MisconceptionHit hit : a.misconceptions()) {
            feedback.rubric().misconceptions().stream().filter(m -> m.id().equals(hit.misconceptionId())).findFirst()
                    .ifPresent(m -> lines.append(wrong(m)).append(evidence(hit.evidence())));
        }
        EmbedFit embed = new EmbedFit().title(title + " \u00b7 score " + a.score() + "/100").color(COLOR)
                .description(lines.toString().strip());
        if (feedback.nextStepReason() != null && !feedback.nextStepReason().isBlank()) {
            embed.footer("Next: " + feedback.nextStepReason());
        }
        return embed.build();
    }

    private static String line(ConceptResult r, Concept c) {
        return switch (r.coverage()) {
            case COVERED -> "\u2705 **Covered** \u2014 " + c.point() + "\n";
            case PARTIAL -> "\ud83d\udfe1 **Partly** \u2014 " + c.point() + "\n\u2003\u21b3 " + c.explain() + "\n";
            case MISSED -> "\u274c **Missed** \u2014 " + c.point() + "\n\u2003\u21b3 " + c.explain() + "\n";
        };
    }

    /** The sentence that earned the verdict, escaped (it is the user's text: it must not ping or format). */
    private static String evidence(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return "";
        }
        String line = SafeText.truncate(sentence.replaceAll("\\s+", " ").strip(), EVIDENCE);
        return "\u2003\u21b3 you said: *\u201c" + SafeText.escape(line) + "\u201d*\n";
    }

    private static String wrong(Misconception m) {
        return "\u26a0\ufe0f **Not quite** \u2014 " + m.claim() + "\n\u2003\u21b3 " + m.correction() + "\n";
    }
}
