package dev.pycoach.discord;

import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.Mode;
import dev.pycoach.interview.Reply;
import dev.pycoach.interview.SessionSpec;
import dev.pycoach.interview.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Everything a DM interview shows: the intro, engine replies, draft confirmations and status. Pure. */
final class InterviewView {
    private final AskView asks = new AskView();
    private final FeedbackView feedback = new FeedbackView();
    private final ScorecardView scorecards = new ScorecardView();

    MessageCreateData intro(SessionSpec spec) {
        return Outgoing.text("**Mock interview** \u00b7 " + spec.mode().slug() + " mode \u00b7 " + spec.questions()
                + " question(s) \u00b7 topic " + (spec.topic() == null ? "any" : spec.topic().title())
                + " \u00b7 level " + (spec.level() == null ? "any" : spec.level().slug()) + "\n"
                + "Answer each question right here, in one or more messages. I collect them until you press "
                + "**Submit** or send `done` (alone, or as the last line of a message). **Hint**, **Skip** and "
                + "**End** are under each question; `/interview status` shows where you are."
                + (spec.mode() == Mode.INTERVIEW
                ? "\nInterview mode: no feedback until the scorecard, like the real thing." : ""));
    }

    /** An engine reply: its notice, coach feedback, then the next question (with buttons) or the scorecard. */
    List<MessageCreateData> render(Reply reply) {
        List<MessageEmbed> embeds = new ArrayList<>();
        List<ActionRow> rows = new ArrayList<>();
        List<FileUpload> files = new ArrayList<>();
        InterviewSession session = reply.session();
        reply.feedbackPart().ifPresent(f -> embeds.add(feedback.embed("Feedback", f)));
        reply.askPart().ifPresent(a -> {
            embeds.add(asks.embed(a, session.spec().mode()));
            rows.add(asks.buttons(session));
        });
        reply.scorecardPart().ifPresent(card -> {
            embeds.add(scorecards.embed(card));
            files.add(scorecards.report(card));
        });
        String notice = reply.noticePart().orElse(null);
        if (notice == null && embeds.isEmpty()) {
            notice = "Nothing changed.";
        }
        return Outgoing.pack(notice, embeds, rows, files);
    }

    /** The short confirmation after each part of a multi-message answer. */
    MessageCreateData draftNoted(Draft draft, InterviewSession session) {
        return Outgoing.builder()
                .setContent("\ud83d\udcdd Noted \u2014 part " + draft.parts().size() + ", " + draft.words()
                        + " words so far. Send more, or press **Submit** (or send `done`).")
                .setComponents(asks.submitOnly(session)).build();
    }

    MessageCreateData draftFull() {
        return Outgoing.text("That answer is getting long (" + Draft.MAX_CHARS + " characters at most). "
                + "Press **Submit** to send what you have; this last message was not added.");
    }

    MessageCreateData status(InterviewSession session, Draft draft, Instant now) {
        SessionSpec spec = session.spec();
        String where = session.status() == SessionStatus.AWAITING_PROBE_ANSWER ? " (a follow-up)" : "";
        long minutes = Duration.between(session.startedAt(), now).toMinutes();
        return Outgoing.text("**Interview in progress** \u00b7 question " + (session.index() + 1) + " of "
                + session.questionIds().size() + where + " \u00b7 " + spec.mode().slug() + " mode \u00b7 started "
                + (minutes < 1 ? "just now" : minutes + " min ago") + "\n"
                + (draft.isEmpty() ? "No answer drafted yet."
                : "Draft: " + draft.parts().size() + " message(s), " + draft.words() + " words \u2014 press **Submit** "
                + "or send `done` to send it.")
                + "\n`/interview resume` shows the question again.");
    }

    MessageCreateData noInterview() {
        return Outgoing.text("You have no interview running. Start one with `/interview start` "
                + "(or see `/help`).");
    }

    MessageCreateData nothingToSubmit() {
        return Outgoing.text("Nothing to submit yet: send your answer as one or more messages first.");
    }

    MessageCreateData staleButton() {
        return Outgoing.text("That button belongs to an earlier question. Use the buttons under the latest one, "
                + "or `/interview resume` to see it again.");
    }

    MessageCreateData otherInterview() {
        return Outgoing.text("That button belongs to an interview that is over. `/interview start` begins a new one.");
    }

    MessageCreateData sentToDms(String channelId) {
        return Outgoing.text("Sent to your DMs: https://discord.com/channels/@me/" + channelId);
    }

    MessageCreateData dmsClosed() {
        return Outgoing.text("I can't send you a direct message. To open your DMs: right-click this server's "
                + "icon \u2192 **Privacy Settings** \u2192 turn on **Direct Messages**, then run the command again. "
                + "(Or start it from our DM: `/interview start` works there too.)");
    }

    MessageCreateData textOnly() {
        return Outgoing.text("I can only read text: paste your answer as a message (code in ``` blocks is fine).");
    }
}
