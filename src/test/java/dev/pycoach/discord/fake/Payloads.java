package dev.pycoach.discord.fake;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The JSON of the fake's world, with every field JDA 6.5 requires (see the test bed notes): READY with
 * {@code private_channels}, GUILD_CREATE with a valid {@code afk_timeout} and the bot's own member, roles with
 * {@code colors}, interactions with {@code context} and {@code authorizing_integration_owners}, messages with
 * {@code mentions} and embed {@code type}.
 */
final class Payloads {
    /** View, send, embed, attach, read history, use commands: what a bot needs in #general. */
    static final String PERMISSIONS = Long.toString((1L << 10) | (1L << 11) | (1L << 14) | (1L << 15) | (1L << 16)
            | (1L << 31) | (1L << 38));
    /** Manage Server, on a role members get with {@link FakeDiscord#grantManageServer}. */
    static final String MANAGE_SERVER = Long.toString(1L << 5);
    private final String botId;
    private final String guildId;
    private final String channelId;
    private final String managersRoleId;

    Payloads(String botId, String guildId, String channelId, String managersRoleId) {
        this.botId = botId;
        this.guildId = guildId;
        this.channelId = channelId;
        this.managersRoleId = managersRoleId;
    }

    DataObject botUser() {
        return DataObject.empty().put("id", botId).put("username", "PyCoach").put("discriminator", "0")
                .putNull("global_name").putNull("avatar").put("bot", true).put("verified", true)
                .put("mfa_enabled", false).put("flags", 0);
    }

    DataObject ready(String sessionId, String gatewayUrl) {
        return DataObject.empty().put("v", 10).put("user", botUser())
                .put("guilds", DataArray.empty().add(DataObject.empty().put("id", guildId).put("unavailable", true)))
                .put("private_channels", DataArray.empty()).put("session_id", sessionId)
                .put("resume_gateway_url", gatewayUrl)
                .put("application", DataObject.empty().put("id", botId).put("flags", 0))
                .put("_trace", DataArray.empty());
    }

    DataObject guildCreate() {
        DataObject everyone = DataObject.empty().put("id", guildId).put("name", "@everyone").put("position", 0)
                .put("permissions", PERMISSIONS).put("colors", DataObject.empty().put("primary_color", 0))
                .put("hoist", false).put("managed", false).put("mentionable", false);
        DataObject managers = DataObject.empty().put("id", managersRoleId).put("name", "managers").put("position", 1)
                .put("permissions", MANAGE_SERVER).put("colors", DataObject.empty().put("primary_color", 0))
                .put("hoist", false).put("managed", false).put("mentionable", false);
        return DataObject.empty().put("id", guildId).put("name", "Python Interviews").put("owner_id", botId)
                .put("member_count", 1)
                .put("members", DataArray.empty().add(member(botUser())))
                .put("roles", DataArray.empty().add(everyone).add(managers))
                .put("channels", DataArray.empty().add(textChannel()))
                .put("threads", DataArray.empty()).put("guild_scheduled_events", DataArray.empty())
                .put("emojis", DataArray.empty()).put("stickers", DataArray.empty())
                .put("voice_states", DataArray.empty()).put("presences", DataArray.empty())
                .put("stage_instances", DataArray.empty()).put("soundboard_sounds", DataArray.empty())
                .put("features", DataArray.empty()).put("afk_timeout", 300).put("preferred_locale", "en-US")
                .put("unavailable", false).put("large", false).put("joined_at", now());
    }

    DataObject textChannel() {
        return DataObject.empty().put("id", channelId).put("type", 0).put("name", "general").put("position", 0)
                .put("guild_id", guildId).put("permission_overwrites", DataArray.empty()).put("nsfw", false)
                .put("rate_limit_per_user", 0);
    }

    DataObject dmChannel(FakeUser user) {
        return DataObject.empty().put("id", user.dmChannelId()).put("type", 1)
                .put("recipients", DataArray.empty().add(user.json())).putNull("last_message_id").put("flags", 0);
    }

    DataObject member(DataObject user) {
        return member(user, false);
    }

    /** @param manager whether the member has the role with Manage Server */
    DataObject member(DataObject user, boolean manager) {
        return DataObject.empty().put("user", user)
                .put("roles", manager ? DataArray.empty().add(managersRoleId) : DataArray.empty())
                .put("joined_at", now()).put("deaf", false).put("mute", false).put("flags", 0)
                .put("permissions", manager ? Long.toString(Long.parseLong(PERMISSIONS) | (1L << 5)) : PERMISSIONS);
    }

    /** An interaction of {@code type} from {@code user}, in #general or in the user's DM with the bot. */
    DataObject interaction(String id, String token, int type, FakeUser user, boolean inGuild, boolean manager,
                           DataObject data) {
        DataObject i = DataObject.empty().put("id", id).put("application_id", botId).put("type", type)
                .put("token", token).put("version", 1).put("data", data).put("locale", "en-US")
                .put("app_permissions", PERMISSIONS).put("entitlements", DataArray.empty())
                .put("attachment_size_limit", 10_485_760);
        if (inGuild) {
            i.put("guild_id", guildId).put("channel_id", channelId)
                    .put("guild", DataObject.empty().put("id", guildId).put("locale", "en-US")
                            .put("features", DataArray.empty()))
                    .put("channel", textChannel().put("permissions", PERMISSIONS))
                    .put("member", member(user.json(), manager)).put("guild_locale", "en-US").put("context", 0)
                    .put("authorizing_integration_owners", DataObject.empty().put("0", guildId));
        } else {
            i.put("channel_id", user.dmChannelId()).put("channel", dmChannel(user)).put("user", user.json())
                    .put("context", 1).put("authorizing_integration_owners", DataObject.empty().put("0", "0"));
        }
        return i;
    }

    /**
     * The {@code data} of a slash command (optionally a subcommand) with its option values: a number is an integer
     * option, a {@link FakeUser} a user option (with the user in {@code resolved}), anything else a string.
     */
    static DataObject command(String commandId, String name, String sub, Map<String, Object> options, String focused) {
        DataArray values = DataArray.empty();
        DataObject users = DataObject.empty();
        options.forEach((k, v) -> {
            DataObject o = DataObject.empty().put("name", k);
            if (v instanceof FakeUser u) {
                o.put("type", 6).put("value", u.id());
                users.put(u.id(), u.json());
            } else {
                o.put("type", v instanceof Number ? 4 : 3).put("value", v);
            }
            if (k.equals(focused)) {
                o.put("focused", true);
            }
            values.add(o);
        });
        DataArray top = sub == null ? values
                : DataArray.empty().add(DataObject.empty().put("name", sub).put("type", 1).put("options", values));
        DataObject data = DataObject.empty().put("id", commandId).put("name", name).put("type", 1).put("options", top);
        if (!users.keys().isEmpty()) {
            data.put("resolved", DataObject.empty().put("users", users));
        }
        return data;
    }

    /** A DM from {@code user} to the bot. */
    DataObject directMessage(String id, FakeUser user, String content) {
        return DataObject.empty().put("id", id).put("channel_id", user.dmChannelId()).put("type", 0)
                .put("author", user.json()).put("content", content).put("timestamp", now())
                .putNull("edited_timestamp").put("tts", false).put("mention_everyone", false)
                .put("mentions", DataArray.empty()).put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.empty()).put("embeds", DataArray.empty()).put("pinned", false)
                .put("flags", 0).put("nonce", id);
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }
}
