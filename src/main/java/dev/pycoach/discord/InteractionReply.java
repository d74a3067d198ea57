package dev.pycoach.discord;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one answer an interaction gets, whichever comes first: the handler's reply, or a deferral when the
 * handler is still working near Discord's 3-second limit (then the reply edits the deferred message). Extra
 * messages follow as follow-ups, in order. Thread-safe: the deferral timer and the handler may race.
 */
final class InteractionReply {
    private static final Logger log = LoggerFactory.getLogger(InteractionReply.class);

    private enum State { PENDING, DEFERRED, REPLIED }

    private final IReplyCallback event;
    private final boolean ephemeral;
    private State state = State.PENDING;
    private CompletableFuture<InteractionHook> deferral;

    /** @param ephemeral whether the reply (and a deferral) is visible to the user only */
    InteractionReply(IReplyCallback event, boolean ephemeral) {
        this.event = event;
        this.ephemeral = ephemeral;
    }

    boolean ephemeral() {
        return ephemeral;
    }

    /** Called by the timer: acknowledges the interaction if nothing has answered it yet. */
    synchronized void deferIfPending() {
        if (state == State.PENDING) {
            state = State.DEFERRED;
            deferral = event.deferReply(ephemeral).submit();
            deferral.exceptionally(e -> {
                log.warn("Could not defer interaction {}: {}", event.getId(), e.toString());
                return null;
            });
        }
    }

    /** Sends {@code messages} with this reply's visibility. */
    void send(List<MessageCreateData> messages) {
        send(messages, ephemeral);
    }

    /** Sends a message only the user sees (errors, refusals); after a public deferral it replaces the placeholder. */
    void sendEphemeral(MessageCreateData message) {
        send(List.of(message), true);
    }

    /** Opens a modal; only possible as the first answer, so handlers that do this are never deferred. */
    synchronized void modal(Modal modal) {
        if (state != State.PENDING || !(event instanceof IModalCallback callback)) {
            throw new IllegalStateException("a modal must be the first answer to a command or button");
        }
        state = State.REPLIED;
        callback.replyModal(modal).queue(null, e -> log.warn("Could not open modal: {}", e.toString()));
    }

    private synchronized void send(List<MessageCreateData> messages, boolean hidden) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("nothing to send");
        }
        List<MessageCreateData> rest = messages.subList(1, messages.size());
        switch (state) {
            case PENDING -> {
                state = State.REPLIED;
                RestAction<?> chain = event.reply(messages.get(0)).setEphemeral(hidden);
                queue(followUps(chain, event.getHook(), rest, hidden));
            }
            case DEFERRED -> {
                state = State.REPLIED;
                deferral.thenAccept(hook -> queue(followUps(
                        hook.editOriginal(MessageEditData.fromCreateData(messages.get(0))), hook, rest, hidden)));
            }
            case REPLIED -> queue(followUps(null, event.getHook(), messages, hidden));
        }
    }

    private static RestAction<?> followUps(RestAction<?> first, InteractionHook hook, List<MessageCreateData> messages,
                                           boolean hidden) {
        RestAction<?> chain = first;
        for (MessageCreateData message : messages) {
            chain = chain == null ? hook.sendMessage(message).setEphemeral(hidden)
                    : chain.flatMap(x -> hook.sendMessage(message).setEphemeral(hidden));
        }
        return chain;
    }

    private void queue(RestAction<?> chain) {
        chain.queue(null, e -> log.warn("Could not answer interaction {}: {}", event.getId(), e.toString()));
    }
}
