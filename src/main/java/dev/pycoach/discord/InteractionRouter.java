package dev.pycoach.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only JDA listener. Each event is handed to the user's serial queue (never handled on JDA's gateway
 * thread), routed to one handler, and any failure becomes a polite private message: nothing escapes a listener.
 * An interaction still unanswered after {@code deferAfter} is deferred, inside Discord's 3-second window.
 */
public final class InteractionRouter extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(InteractionRouter.class);
    private final Handlers handlers;
    private final UserQueue queue;
    private final ScheduledExecutorService timer;
    private final Duration deferAfter;
    private final Failures failures;
    private final ServerMembership membership;

    InteractionRouter(Handlers handlers, UserQueue queue, ScheduledExecutorService timer, Duration deferAfter,
                      Failures failures, ServerMembership membership) {
        this.handlers = handlers;
        this.queue = queue;
        this.timer = timer;
        this.deferAfter = deferAfter;
        this.failures = failures;
        this.membership = membership;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        String user = event.getUser().getId();
        switch (event.getName()) {
            case CommandCatalog.INTERVIEW -> interaction(event, handlers.interview().ephemeral(event), true,
                    r -> handlers.interview().handle(event, r));
            case CommandCatalog.PRACTICE -> interaction(event, false, true, r -> handlers.practice().post(user,
                    event.getOption(CommandCatalog.TOPIC, o -> o.getAsString()),
                    event.getOption(CommandCatalog.LEVEL, o -> o.getAsString()), r));
            case CommandCatalog.STREAK -> interaction(event, false, true, r -> {
                User target = event.getOption(CommandCatalog.USER, OptionMapping::getAsUser);
                handlers.progress().streak(user, target == null ? user : target.getId(),
                        target != null && target.isBot(), serverId(event), r);
            });
            case CommandCatalog.STATS -> interaction(event, true, true, r -> handlers.progress().stats(user, r));
            case CommandCatalog.LEADERBOARD -> interaction(event, false, true, r -> handlers.progress()
                    .leaderboard(user, serverId(event), event.getOption(CommandCatalog.PERIOD, o -> o.getAsString()), r));
            case CommandCatalog.SETTINGS -> interaction(event, true, true, r -> settings(event, user, r));
            case CommandCatalog.HELP -> interaction(event, true, true,
                    r -> r.send(List.of(handlers.views().help().help())));
            default -> interaction(event, true, false, r -> {
                throw new UserFacingException("I don't know that command any more. Try `/help`.");
            });
        }
    }

    private void settings(SlashCommandInteractionEvent event, String user, InteractionReply reply) {
        String zone = event.getOption(CommandCatalog.ZONE, o -> o.getAsString());
        switch (String.valueOf(event.getSubcommandName())) {
            case CommandCatalog.TIMEZONE -> handlers.progress().timeZone(user, zone, reply);
            case CommandCatalog.LEADERBOARD -> handlers.progress().leaderboardVisibility(user,
                    event.getOption(CommandCatalog.VISIBILITY, o -> o.getAsString()), reply);
            case CommandCatalog.SERVER_TIMEZONE -> handlers.progress().serverTimeZone(serverId(event),
                    event.getMember() != null && event.getMember().hasPermission(Permission.MANAGE_SERVER), zone, reply);
            default -> throw new UserFacingException("I don't know that setting any more. Try `/help`.");
        }
    }

    /** The server an interaction came from, null in a DM. */
    private static String serverId(IReplyCallback event) {
        return event.getGuild() == null ? null : event.getGuild().getId();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String user = event.getUser().getId();
        ComponentId id = ComponentId.parse(event.getComponentId()).orElse(null);
        if (id instanceof ComponentId.Interview step) {
            interaction(event, false, true, r -> handlers.buttons().handle(user, step, r));
        } else if (id instanceof ComponentId.PracticeAnswer answer) {
            interaction(event, true, false, r -> handlers.practice().openModal(answer, r));
        } else if (id instanceof ComponentId.NewPractice) {
            interaction(event, false, true, r -> handlers.practice().post(user, null, null, r));
        } else {
            interaction(event, true, false, r -> r.sendEphemeral(handlers.views().notices().unknownButton()));
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        String user = event.getUser().getId();
        ComponentId id = ComponentId.parse(event.getModalId()).orElse(null);
        if (id instanceof ComponentId.PracticeModal modal) {
            ModalMapping answer = event.getValue(PracticeView.ANSWER_INPUT);
            String text = answer == null ? null : answer.getAsString();
            interaction(event, true, true, r -> handlers.practice().answer(user, modal, text, r));
        } else {
            interaction(event, true, false, r -> r.sendEphemeral(handlers.views().notices().unknownButton()));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        guard(() -> queue.submit(event.getUser().getId(), () -> guard(() -> {
            String typed = event.getFocusedOption().getValue();
            List<Command.Choice> choices = switch (event.getFocusedOption().getName()) {
                case CommandCatalog.TOPIC -> handlers.topics().choices(typed);
                case CommandCatalog.ZONE -> handlers.progress().zoneChoices(typed);
                default -> List.of();
            };
            event.replyChoices(choices)
                    .queue(null, e -> log.warn("Could not answer autocomplete: {}", e.toString()));
        })));
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot() || event.getAuthor().isSystem()) {
            return;
        }
        String user = event.getAuthor().getId();
        guard(() -> queue.submit(user, () -> {
            try {
                handlers.answers().handle(user, event.getChannel(), event.getMessage().getContentRaw());
            } catch (RuntimeException e) {
                handlers.dms().sendAll(event.getChannel(), List.of(failures.message(e, event.getMessageId())));
            }
        }));
    }

    /**
     * Runs {@code body} on the user's queue with a reply that is deferred if the body is slow ({@code deferrable});
     * a body that opens a modal must not be deferred, since a modal can only be the first answer.
     */
    private void interaction(IReplyCallback event, boolean ephemeral, boolean deferrable, Consumer<InteractionReply> body) {
        InteractionReply reply = new InteractionReply(event, ephemeral);
        guard(() -> {
            ScheduledFuture<?> deferral = deferrable
                    ? timer.schedule(reply::deferIfPending, deferAfter.toMillis(), TimeUnit.MILLISECONDS) : null;
            queue.submit(event.getUser().getId(), () -> {
                try {
                    if (event.getGuild() != null) {
                        membership.joined(event.getGuild().getId(), event.getUser().getId());
                    }
                    body.accept(reply);
                } catch (RuntimeException e) {
                    reply.sendEphemeral(failures.message(e, event.getId()));
                } finally {
                    if (deferral != null) {
                        deferral.cancel(false);
                    }
                }
            });
        });
    }

    /** The last line of defence: logs what could not even be queued (e.g. during shutdown). */
    private static void guard(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("Dropped a Discord event: {}", e.toString());
        }
    }
}
