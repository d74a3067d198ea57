package dev.pycoach.discord;

import dev.pycoach.bank.Question;
import dev.pycoach.interview.Ask;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.Mode;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** A question or follow-up of a DM interview, with its Submit / Hint / Skip / End buttons. Pure. */
final class AskView {
    static final int COACH_COLOR = 0x3776AB;
    static final int INTERVIEW_COLOR = 0xFFD43B;
    static final String HOW_TO_ANSWER = "Answer in one or more messages, then press Submit "
            + "(or send \"done\" on its own line).";

    MessageEmbed embed(Ask ask, Mode mode) {
        Question q = ask.question();
        String title;
        if (!ask.isProbe()) {
            title = "Question " + ask.number() + "/" + ask.total() + " \u00b7 " + q.topic().title() + " \u00b7 "
                    + q.level().slug() + " \u00b7 " + q.kind().slug();
        } else if (ask.challenged() != null) {
            title = "Follow-up on question " + ask.number() + " \u2014 let me push back on one point";
        } else {
            title = "Follow-up on question " + ask.number();
        }
        return new EmbedFit().title(title).color(mode == Mode.COACH ? COACH_COLOR : INTERVIEW_COLOR)
                .description(ask.text()).footer(HOW_TO_ANSWER).build();
    }

    ActionRow buttons(InterviewSession session) {
        String ask = AskRef.of(session);
        return ActionRow.of(
                Button.primary(id(ComponentId.Step.SUBMIT, session, ask), "Submit"),
                Button.secondary(id(ComponentId.Step.HINT, session, ask), "Hint"),
                Button.secondary(id(ComponentId.Step.SKIP, session, ask), "Skip"),
                Button.danger(id(ComponentId.Step.END, session, ask), "End"));
    }

    /** Only the Submit button, under a draft confirmation. */
    List<ActionRow> submitOnly(InterviewSession session) {
        return List.of(ActionRow.of(Button.primary(id(ComponentId.Step.SUBMIT, session, AskRef.of(session)), "Submit")));
    }

    private static String id(ComponentId.Step step, InterviewSession session, String ask) {
        return new ComponentId.Interview(step, session.id(), ask).encode();
    }
}
