package dev.pycoach.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * An embed assembled piece by piece, each piece cut to Discord's limit (title 256, description 4,096, 25 fields
 * of 256/1,024, footer 2,048) and the whole kept under 6,000 characters by shortening the description, then
 * dropping the last fields with a note. Never throws for long content.
 */
final class EmbedFit {
    static final String MORE = "(more in the full report)";
    private final EmbedBuilder builder = new EmbedBuilder();
    private final List<MessageEmbed.Field> fields = new ArrayList<>();
    private String description = "";

    EmbedFit title(String title) {
        builder.setTitle(SafeText.truncate(title, MessageEmbed.TITLE_MAX_LENGTH));
        return this;
    }

    EmbedFit color(int rgb) {
        builder.setColor(rgb);
        return this;
    }

    EmbedFit description(String text) {
        description = SafeText.truncate(text, MessageEmbed.DESCRIPTION_MAX_LENGTH);
        return this;
    }

    EmbedFit field(String name, String value) {
        if (fields.size() < MessageEmbed.MAX_FIELD_AMOUNT && value != null && !value.isBlank()) {
            fields.add(new MessageEmbed.Field(SafeText.truncate(name, MessageEmbed.TITLE_MAX_LENGTH),
                    SafeText.truncate(value, MessageEmbed.VALUE_MAX_LENGTH), false));
        }
        return this;
    }

    /**
     * {@code lines} as one field, or as several ("name (cont.)") when they do not fit one field's 1,024 characters;
     * a line too long for a field on its own is cut.
     */
    EmbedFit lines(String name, List<String> lines) {
        StringBuilder value = new StringBuilder();
        String current = name;
        for (String line : lines) {
            String cut = SafeText.truncate(line, MessageEmbed.VALUE_MAX_LENGTH);
            if (!value.isEmpty() && value.length() + 1 + cut.length() > MessageEmbed.VALUE_MAX_LENGTH) {
                field(current, value.toString());
                current = name + " (cont.)";
                value.setLength(0);
            }
            value.append(value.isEmpty() ? "" : "\n").append(cut);
        }
        return field(current, value.toString());
    }

    EmbedFit footer(String text) {
        builder.setFooter(SafeText.truncate(text, MessageEmbed.TEXT_MAX_LENGTH));
        return this;
    }

    MessageEmbed build() {
        builder.setDescription(description.isEmpty() ? null : description);
        fields.forEach(builder::addField);
        int over = builder.length() - MessageEmbed.EMBED_MAX_LENGTH_BOT;
        if (over > 0 && description.length() > 200) {
            int keep = Math.max(200, description.length() - over);
            builder.setDescription(SafeText.truncate(description, keep));
        }
        List<MessageEmbed.Field> kept = new ArrayList<>(fields);
        while (builder.length() > MessageEmbed.EMBED_MAX_LENGTH_BOT && !kept.isEmpty()) {
            kept.remove(kept.size() - 1);
            builder.clearFields();
            kept.forEach(builder::addField);
            builder.addField("\u2026", MORE, false);
        }
        return builder.build();
    }
}
