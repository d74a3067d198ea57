package dev.pycoach.discord;

import dev.pycoach.bank.Question;
import dev.pycoach.interview.PracticeService;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** A quick practice question in a channel, its answer modal, and the private feedback. Pure. */
final class PracticeView {
    /** The modal's text input; Discord allows 4,000 characters. */
    static final String ANSWER_INPUT = "answer";
    static final int ANSWER_MAX = 4000;
    private final FeedbackView feedback = new FeedbackView();

    MessageCreateData question(Question q) {
        MessageEmbed embed = new EmbedFit()
                .title("Practice \u00b7 " + q.topic().title() + " \u00b7 " + q.level().slug())
                .color(AskView.COACH_COLOR).description(q.displayPrompt())
                .footer("Press Answer to reply privately; only you see your feedback.").build();
        return Outgoing.builder().setEmbeds(embed)
                .setComponents(ActionRow.of(
                        Button.primary(new ComponentId.PracticeAnswer(q.id()).encode(), "Answer"),
                        Button.secondary(new ComponentId.NewPractice().encode(), "Another question")))
                .build();
    }

    Modal answerModal(Question q) {
        TextInput input = TextInput.create(ANSWER_INPUT, TextInputStyle.PARAGRAPH)
                .setRequiredRange(1, ANSWER_MAX)
                .setPlaceholder("Explain it as you would to an interviewer.")
                .build();
        return Modal.create(new ComponentId.PracticeModal(q.id()).encode(), "Your answer")
                .addComponents(Label.of(SafeText.truncate(q.topic().title(), 45), input))
                .build();
    }

    List<MessageCreateData> feedback(PracticeService.Result result) {
        return feedback(result, true);
    }

    /** @param saved false when the answer could not be saved to the user's progress: they are told so */
    List<MessageCreateData> feedback(PracticeService.Result result, boolean saved) {
        List<MessageEmbed> embeds = new ArrayList<>();
        embeds.add(feedback.embed("Your answer", result.feedback()));
        result.followUpPart().ifPresent(p -> embeds.add(new EmbedFit()
                .title("An interviewer would follow up with").color(AskView.COACH_COLOR)
                .description(p.prompt().strip()).build()));
        embeds.add(new EmbedFit().title("Model answer").color(0x757575)
                .description(result.question().modelAnswer().strip()).build());
        String note = "Want the full experience? `/interview start` runs a mock interview in DMs.";
        if (!saved) {
            note = "I couldn't save this answer to your streak and stats just now; the feedback is below.\n" + note;
        }
        return Outgoing.pack(note,
                embeds, List.of(ActionRow.of(Button.secondary(new ComponentId.NewPractice().encode(),
                        "Another question"))), List.of());
    }
}
