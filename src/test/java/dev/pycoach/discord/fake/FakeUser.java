package dev.pycoach.discord.fake;

import net.dv8tion.jda.api.utils.data.DataObject;

/** A person on the fake Discord, with the id of the DM channel the bot gets when it opens one with them. */
public record FakeUser(String id, String name, String dmChannelId) {

    DataObject json() {
        return DataObject.empty().put("id", id).put("username", name).put("discriminator", "0")
                .put("global_name", name).putNull("avatar").put("bot", false);
    }
}
