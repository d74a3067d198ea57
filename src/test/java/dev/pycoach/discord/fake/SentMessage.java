package dev.pycoach.discord.fake;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A message the bot sent, as the fake stored it (with the id and embed types Discord adds), plus how it was sent
 * (a channel message, an interaction reply, a follow-up) and whether only the user sees it.
 */
public record SentMessage(DataObject json, String via, boolean ephemeral, List<Multipart.Part> files,
                          String interactionId) {

    /** A file's text by name, e.g. a Markdown report. */
    public String file(String name) {
        return files.stream().filter(f -> name.equals(f.filename())).findFirst().map(Multipart.Part::text)
                .orElseThrow(() -> new AssertionError("no file " + name + " on " + this));
    }

    public String id() {
        return json.getString("id");
    }

    public String channelId() {
        return json.getString("channel_id");
    }

    public String content() {
        return json.getString("content", "");
    }

    public DataArray embeds() {
        return json.optArray("embeds").orElse(DataArray.empty());
    }

    /** Content, then each embed's title, description, field names and values, and footer: what a reader sees. */
    public String text() {
        StringBuilder text = new StringBuilder(content());
        DataArray embeds = embeds();
        for (int i = 0; i < embeds.length(); i++) {
            DataObject e = embeds.getObject(i);
            text.append('\n').append(e.getString("title", "")).append('\n').append(e.getString("description", ""));
            DataArray fields = e.optArray("fields").orElse(DataArray.empty());
            for (int f = 0; f < fields.length(); f++) {
                text.append('\n').append(fields.getObject(f).getString("name", "")).append('\n')
                        .append(fields.getObject(f).getString("value", ""));
            }
            e.optObject("footer").ifPresent(footer -> text.append('\n').append(footer.getString("text", "")));
        }
        return text.toString();
    }

    public List<String> embedTitles() {
        List<String> titles = new ArrayList<>();
        DataArray embeds = embeds();
        for (int i = 0; i < embeds.length(); i++) {
            titles.add(embeds.getObject(i).getString("title", ""));
        }
        return titles;
    }

    /** The custom ids of the buttons, in order. */
    public List<String> buttonIds() {
        List<String> ids = new ArrayList<>();
        DataArray rows = json.optArray("components").orElse(DataArray.empty());
        for (int r = 0; r < rows.length(); r++) {
            DataArray children = rows.getObject(r).optArray("components").orElse(DataArray.empty());
            for (int c = 0; c < children.length(); c++) {
                String id = children.getObject(c).getString("custom_id", null);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The id of the button labelled {@code label}. */
    public String button(String label) {
        DataArray rows = json.optArray("components").orElse(DataArray.empty());
        for (int r = 0; r < rows.length(); r++) {
            DataArray children = rows.getObject(r).optArray("components").orElse(DataArray.empty());
            for (int c = 0; c < children.length(); c++) {
                if (label.equals(children.getObject(c).getString("label", null))) {
                    return children.getObject(c).getString("custom_id");
                }
            }
        }
        throw new AssertionError("no button '" + label + "' on message " + json);
    }

    @Override
    public String toString() {
        return via + (ephemeral ? " (ephemeral)" : "") + ": " + text().replace("\n", " | ");
    }
}
