package dev.pycoach.discord.fake;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Turns the bot's message requests into the messages Discord would store, after checking them against the
 * documented limits and the OpenAPI schema of their route. Embeds get {@code type: rich} (JDA drops embeds
 * without it), files become attachment objects.
 */
final class BotMessages {
    private static final int EPHEMERAL = 64;
    private static final int LOADING = 128;
    private final Snowflakes ids;
    private final Payloads payloads;
    private final Optional<OpenApiSchemas> schemas;
    private final Consumer<String> problems;

    BotMessages(Snowflakes ids, Payloads payloads, Optional<OpenApiSchemas> schemas, Consumer<String> problems) {
        this.ids = ids;
        this.payloads = payloads;
        this.schemas = schemas;
        this.problems = problems;
    }

    List<SentMessage> callback(RecordedRequest r, Interaction i) {
        DataObject body = r.json();
        int type = body.getInt("type", -1);
        DataObject data = body.optObject("data").orElse(DataObject.empty());
        switch (type) {
            case 4 -> {
                validate(r, "CreateMessageInteractionCallbackRequest", body.toString());
                check(r, DiscordLimits.message(data, r.files().size(), false));
                boolean ephemeral = (data.getInt("flags", 0) & EPHEMERAL) != 0;
                DataObject message = stored(data, i.channelId, r.files(), data.getInt("flags", 0));
                i.originalMessageId = message.getString("id");
                return List.of(new SentMessage(message, "reply", ephemeral, r.files(), i.id));
            }
            case 5 -> {
                validate(r, "CreateMessageInteractionCallbackRequest", body.toString());
                int flags = data.getInt("flags", 0);
                DataObject placeholder = stored(DataObject.empty(), i.channelId, List.of(), flags | LOADING);
                i.originalMessageId = placeholder.getString("id");
                return List.of(new SentMessage(placeholder, "deferred", (flags & EPHEMERAL) != 0, List.of(), i.id));
            }
            case 6, 7 -> {
                validate(r, "UpdateMessageInteractionCallbackRequest", body.toString());
                if (type == 7) {
                    check(r, DiscordLimits.message(data, r.files().size(), true));
                }
                return List.of(new SentMessage(data, type == 7 ? "update" : "deferred-update", false, r.files(), i.id));
            }
            case 8 -> {
                validate(r, "ApplicationCommandAutocompleteCallbackRequest", body.toString());
                check(r, DiscordLimits.choices(data));
                return List.of(new SentMessage(data, "choices", true, List.of(), i.id));
            }
            case 9 -> {
                validate(r, "ModalInteractionCallbackRequest", body.toString());
                check(r, DiscordLimits.modal(data));
                return List.of(new SentMessage(data, "modal", true, List.of(), i.id));
            }
            default -> {
                problems.accept(r + ": unknown callback type " + type);
                return List.of();
            }
        }
    }

    SentMessage editOriginal(RecordedRequest r, Interaction i, DataObject before) {
        DataObject data = r.json();
        validate(r, "IncomingWebhookUpdateRequestPartial", r.jsonText());
        check(r, DiscordLimits.message(data, r.files().size(), true));
        DataObject merged = DataObject.fromJson(before.toString());
        merged.put("flags", before.getInt("flags", 0) & ~LOADING);
        for (String key : List.of("content", "components")) {
            data.opt(key).ifPresent(v -> merged.put(key, v));
        }
        data.optArray("embeds").ifPresent(e -> merged.put("embeds", richEmbeds(e)));
        if (!r.files().isEmpty()) {
            merged.put("attachments", attachments(r.files()));
        }
        return new SentMessage(merged, "edit-original", (merged.getInt("flags", 0) & EPHEMERAL) != 0, r.files(), i.id);
    }

    SentMessage followUp(RecordedRequest r, Interaction i) {
        DataObject data = r.json();
        validate(r, "IncomingWebhookRequestPartial", r.jsonText());
        check(r, DiscordLimits.message(data, r.files().size(), false));
        int flags = data.getInt("flags", 0);
        return new SentMessage(stored(data, i.channelId, r.files(), flags), "followup", (flags & EPHEMERAL) != 0,
                r.files(), i.id);
    }

    SentMessage channelMessage(RecordedRequest r, String channel) {
        DataObject data = r.json();
        validate(r, "MessageCreateRequest", r.jsonText());
        check(r, DiscordLimits.message(data, r.files().size(), false));
        return new SentMessage(stored(data, channel, r.files(), data.getInt("flags", 0)), "channel", false,
                r.files(), null);
    }

    private DataObject stored(DataObject data, String channel, List<Multipart.Part> files, int flags) {
        return DataObject.empty().put("id", ids.next()).put("channel_id", channel).put("type", 0)
                .put("author", payloads.botUser()).put("content", data.getString("content", ""))
                .put("embeds", richEmbeds(data.optArray("embeds").orElse(DataArray.empty())))
                .put("components", data.optArray("components").orElse(DataArray.empty()))
                .put("attachments", attachments(files)).put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty()).put("mention_everyone", false).put("tts", false)
                .put("pinned", false).put("timestamp", Payloads.now()).putNull("edited_timestamp")
                .put("flags", flags);
    }

    private static DataArray richEmbeds(DataArray embeds) {
        DataArray out = DataArray.empty();
        for (int i = 0; i < embeds.length(); i++) {
            out.add(DataObject.fromJson(embeds.getObject(i).toString()).put("type", "rich"));
        }
        return out;
    }

    private DataArray attachments(List<Multipart.Part> files) {
        DataArray out = DataArray.empty();
        for (Multipart.Part f : files) {
            String id = ids.next();
            String url = "https://cdn.discord.test/attachments/" + id + "/" + f.filename();
            out.add(DataObject.empty().put("id", id).put("filename", f.filename()).put("size", f.body().length)
                    .put("url", url).put("proxy_url", url).put("content_type", "text/markdown"));
        }
        return out;
    }

    private void validate(RecordedRequest r, String schema, String json) {
        schemas.ifPresent(s -> s.validate(schema, json).forEach(p -> problems.accept(r + ": " + p)));
    }

    private void check(RecordedRequest r, List<String> found) {
        found.forEach(p -> problems.accept(r + ": " + p));
    }
}
