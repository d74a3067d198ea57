package dev.pycoach.discord;

import dev.pycoach.interview.InterviewService;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.Reply;
import dev.pycoach.interview.SessionSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * {@code /interview start|hint|skip|end|resume|status}. In a DM the reply is the interview itself; in a server
 * the interview goes to the user's DMs and the reply there is a private pointer to it.
 */
final class InterviewCommand {
    private final InterviewService interviews;
    private final Drafts drafts;
    private final RateLimits limits;
    private final OptionParser options;
    private final LongSupplier seeds;
    private final DirectMessages dms;
    private final Views views;
    private final Clock clock;

    InterviewCommand(InterviewService interviews, Drafts drafts, RateLimits limits, OptionParser options,
                     LongSupplier seeds, DirectMessages dms, Views views, Clock clock) {
        this.interviews = interviews;
        this.drafts = drafts;
        this.limits = limits;
        this.options = options;
        this.seeds = seeds;
        this.dms = dms;
        this.views = views;
        this.clock = clock;
    }

    /** In a server every reply is private. */
    boolean ephemeral(SlashCommandInteractionEvent event) {
        return event.isFromGuild();
    }

    void handle(SlashCommandInteractionEvent event, InteractionReply reply) {
        String user = event.getUser().getId();
        String sub = String.valueOf(event.getSubcommandName());
        switch (sub) {
            case CommandCatalog.START -> start(event, reply);
            case CommandCatalog.HINT -> deliver(event, reply, views.interview().render(interviews.hint(user)));
            case CommandCatalog.SKIP -> {
                drafts.clear(user);
                deliver(event, reply, views.interview().render(interviews.skip(user)));
            }
            case CommandCatalog.END -> {
                drafts.clear(user);
                deliver(event, reply, views.interview().render(interviews.end(user)));
            }
            case CommandCatalog.RESUME -> deliver(event, reply, views.interview().render(interviews.current(user)));
            case CommandCatalog.STATUS -> {
                InterviewSession session = interviews.current(user).session();
                reply.send(List.of(views.interview().status(session,
                        drafts.current(user, session.id(), AskRef.of(session)), clock.instant())));
            }
            default -> throw new UserFacingException("Unknown command /interview " + SafeText.inlineCode(sub, 30) + ".");
        }
    }

    private void start(SlashCommandInteractionEvent event, InteractionReply reply) {
        String user = event.getUser().getId();
        SessionSpec spec = options.spec(text(event, CommandCatalog.TOPIC), text(event, CommandCatalog.LEVEL),
                text(event, CommandCatalog.QUESTIONS), text(event, CommandCatalog.MODE), seeds.getAsLong());
        limits.requireStart(user, views.notices());
        if (interviews.hasActive(user)) {
            throw new UserFacingException("You already have an interview running. `/interview resume` shows where "
                    + "you are; `/interview end` finishes it so you can start a new one.");
        }
        MessageCreateData intro = views.interview().intro(spec);
        if (!event.isFromGuild()) {
            List<MessageCreateData> messages = new ArrayList<>(List.of(intro));
            messages.addAll(views.interview().render(interviews.start(user, spec)));
            drafts.clear(user);
            reply.send(messages);
            return;
        }
        Optional<MessageChannel> dm = dms.send(event.getUser(), List.of(intro));
        if (dm.isEmpty()) {
            reply.send(List.of(views.interview().dmsClosed()));
            return;
        }
        Reply started = interviews.start(user, spec);
        drafts.clear(user);
        dms.sendAll(dm.get(), views.interview().render(started));
        reply.send(List.of(views.interview().sentToDms(dm.get().getId())));
    }

    /** In a DM: the reply itself. In a server: to the DMs, or privately here when the DMs are closed. */
    private void deliver(SlashCommandInteractionEvent event, InteractionReply reply, List<MessageCreateData> messages) {
        if (!event.isFromGuild()) {
            reply.send(messages);
            return;
        }
        Optional<MessageChannel> dm = dms.send(event.getUser(), messages);
        if (dm.isPresent()) {
            reply.send(List.of(views.interview().sentToDms(dm.get().getId())));
        } else {
            reply.send(messages);
        }
    }

    private static String text(SlashCommandInteractionEvent event, String option) {
        return event.getOption(option, OptionMapping::getAsString);
    }
}
