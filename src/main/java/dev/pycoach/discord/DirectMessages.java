package dev.pycoach.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends messages to a channel in order, and to a user's DMs, telling closed DMs apart from other failures. */
final class DirectMessages {
    private static final Logger log = LoggerFactory.getLogger(DirectMessages.class);

    /**
     * Opens the user's DM channel and delivers the first message before returning (so a closed DM is known),
     * then queues the rest in order. Runs on a handler thread, never on JDA's own.
     *
     * @return the DM channel, or empty when the user does not accept DMs from the bot
     */
    Optional<MessageChannel> send(User user, List<MessageCreateData> messages) {
        MessageChannel channel = user.openPrivateChannel().complete();
        try {
            channel.sendMessage(messages.get(0)).complete();
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
                return Optional.empty();
            }
            throw e;
        }
        sendAll(channel, messages.subList(1, messages.size()));
        return Optional.of(channel);
    }

    /** Queues the messages one after the other; a failure is logged, the rest is not sent. */
    void sendAll(MessageChannel channel, List<MessageCreateData> messages) {
        RestAction<?> chain = null;
        for (MessageCreateData message : messages) {
            chain = chain == null ? channel.sendMessage(message) : chain.flatMap(x -> channel.sendMessage(message));
        }
        if (chain != null) {
            chain.queue(null, e -> log.warn("Could not send to channel {}: {}", channel.getId(), e.toString()));
        }
    }
}
