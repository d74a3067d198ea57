package dev.pycoach.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the JDA client: light (no member or message caches), only the DIRECT_MESSAGES intent (GUILDS is always
 * on; DM content needs no privileged intent, so no MESSAGE_CONTENT), pointed at the configured API and gateway
 * when set. Registers the slash commands in the dev server when one is configured (instant), else globally.
 */
final class JdaFactory {
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.DIRECT_MESSAGES);
    private static final Logger log = LoggerFactory.getLogger(JdaFactory.class);
    private final DiscordProperties properties;
    private final GatewayDiscovery discovery;

    JdaFactory(DiscordProperties properties, GatewayDiscovery discovery) {
        this.properties = properties;
        this.discovery = discovery;
    }

    JDA start(EventListener... listeners) throws InterruptedException {
        JDABuilder builder = JDABuilder.createLight(properties.token(), INTENTS)
                .setEnableShutdownHook(false)
                .addEventListeners((Object[]) listeners);
        if (properties.apiUrl() != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(properties.apiUrl()));
        }
        String gateway = properties.gatewayUrl() != null ? properties.gatewayUrl()
                : properties.apiUrl() != null ? discovery.gatewayUrl(properties.apiUrl(), properties.token()) : null;
        if (gateway != null) {
            builder.setSessionController(new GatewaySessionController(gateway,
                    properties.identifyDelay().toMillis()));
        }
        JDA jda = builder.build().awaitReady();
        registerCommands(jda);
        log.info("Discord bot ready as {} ({} server(s))", jda.getSelfUser().getName(), jda.getGuilds().size());
        return jda;
    }

    private void registerCommands(JDA jda) {
        if (properties.devGuildId() == null) {
            jda.updateCommands().addCommands(CommandCatalog.commands()).complete();
            return;
        }
        Guild guild = jda.getGuildById(properties.devGuildId());
        if (guild == null) {
            throw new IllegalStateException("the dev server " + properties.devGuildId()
                    + " (PYCOACH_DISCORD_DEV_GUILD_ID) is not one the bot has joined");
        }
        guild.updateCommands().addCommands(CommandCatalog.commands()).complete();
    }
}
