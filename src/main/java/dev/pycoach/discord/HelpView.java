package dev.pycoach.discord;

import dev.pycoach.bank.Topic;
import java.util.Arrays;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /help}: everything on one screen. Pure. */
final class HelpView {

    MessageCreateData help() {
        String topics = Arrays.stream(Topic.values()).map(t -> "`" + t.slug() + "`").collect(Collectors.joining(" "));
        return Outgoing.builder().setEmbeds(new EmbedFit().title("PyCoach \u2014 senior Python interview practice")
                        .color(AskView.COACH_COLOR)
                        .description("""
                                **`/interview start [topic] [level] [questions] [mode]`** \u2014 a one-on-one mock \
                                interview in your DMs. Answer each question in one or more messages, then press \
                                **Submit** or send `done`. I follow up on what you missed or got wrong, like a real \
                                interviewer.
                                \u2022 `coach` mode: feedback after every answer. `interview` mode: feedback only \
                                in the scorecard at the end.
                                \u2022 Buttons under each question: **Submit**, **Hint**, **Skip**, **End**.
                                \u2022 Also as commands: `/interview hint` `skip` `end` `resume` `status`.

                                **`/practice [topic] [level]`** \u2014 one quick question here; answer it in a form, \
                                and only you see the feedback.

                                **`/streak [user]`** \u2014 practice streaks: a day counts when you answer at least once.
                                **`/stats`** \u2014 your scores, mastery per topic and weakest concepts (private).
                                **`/leaderboard [period]`** \u2014 this server's board: `week`, `last-week` or `streak`.
                                **`/settings timezone <zone>`** \u2014 the calendar your days count in, e.g. \
                                `Europe/Berlin`. **`/settings leaderboard hide`** keeps you off the boards.

                                Levels: `mid` `senior` `staff`. Topics:\s""" + topics)
                        .footer("Your answers are graded offline against a rubric; nothing you write is shared.")
                        .build())
                .setComponents(ActionRow.of(Button.primary(new ComponentId.NewPractice().encode(),
                        "Practice a question")))
                .build();
    }
}
