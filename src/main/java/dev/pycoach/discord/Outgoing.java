package dev.pycoach.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Builds what the bot sends: every message with allowed mentions empty (nothing ever pings), text split at
 * 2,000 characters, at most 10 embeds and 6,000 embed characters per message. Components and files go on the
 * last message, under the text they belong to.
 */
final class Outgoing {
    private Outgoing() {
    }

    /** A builder that pings nobody: no parsed mentions, no reply ping. */
    static MessageCreateBuilder builder() {
        return new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
    }

    static MessageCreateData text(String content) {
        return pack(content, List.of(), List.of(), List.of()).get(0);
    }

    /**
     * One or more messages carrying {@code content} (may be null), {@code embeds} (each already within the
     * per-embed limits), then {@code components} and {@code files} on the last one.
     */
    static List<MessageCreateData> pack(String content, List<MessageEmbed> embeds,
                                        List<? extends MessageTopLevelComponent> components, List<FileUpload> files) {
        List<MessageCreateBuilder> messages = new ArrayList<>();
        if (content != null && !content.isBlank()) {
            for (String piece : SafeText.split(content, Message.MAX_CONTENT_LENGTH)) {
                messages.add(builder().setContent(piece));
            }
        }
        MessageCreateBuilder current = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        int count = 0;
        int length = 0;
        for (MessageEmbed embed : embeds) {
            if (current == null || count == Message.MAX_EMBED_COUNT
                    || length + embed.getLength() > MessageEmbed.EMBED_MAX_LENGTH_BOT) {
                current = builder();
                messages.add(current);
                count = 0;
                length = 0;
            }
            current.addEmbeds(embed);
            count++;
            length += embed.getLength();
        }
        if (messages.isEmpty()) {
            messages.add(builder());
        }
        MessageCreateBuilder last = messages.get(messages.size() - 1);
        last.setComponents(components).setFiles(files);
        return messages.stream().map(MessageCreateBuilder::build).toList();
    }
}
