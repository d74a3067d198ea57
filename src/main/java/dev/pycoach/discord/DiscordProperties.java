package dev.pycoach.discord;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pycoach.discord.*}. The token comes from the {@code DISCORD_TOKEN} environment
 * variable (see application.properties) and is never printed: {@link #toString()} masks it.
 *
 * @param enabled set by the command line when it starts the bot; the console never connects to Discord
 * @param apiUrl JDA's REST base URL instead of Discord's ({@code PYCOACH_DISCORD_API_URL}), e.g. a rate-limit
 *     proxy or a test bed
 * @param gatewayUrl the gateway WebSocket URL instead of Discord's ({@code PYCOACH_DISCORD_GATEWAY_URL}); when
 *     only {@code apiUrl} is set it is read from that API's {@code GET gateway/bot}
 * @param devGuildId a server to register the slash commands in (instant); empty registers them globally
 * @param identifyDelay the pause JDA keeps between two gateway logins
 * @param workers threads handling Discord events (each user's events run in order, users in parallel)
 * @param deferAfter how long a handler may take before its interaction is deferred (Discord allows 3 s)
 * @param startLimit interviews a user may start per {@code startWindow}
 * @param answerLimit answer messages and submits a user may send per {@code answerWindow}
 * @param draftIdle how long an unsubmitted multi-message answer is kept
 */
@ConfigurationProperties("pycoach.discord")
public record DiscordProperties(boolean enabled, String token, String apiUrl, String gatewayUrl, String devGuildId,
                                @DefaultValue("5s") Duration identifyDelay, @DefaultValue("4") int workers,
                                @DefaultValue("1500ms") Duration deferAfter,
                                @DefaultValue("5") int startLimit, @DefaultValue("10m") Duration startWindow,
                                @DefaultValue("12") int answerLimit, @DefaultValue("30s") Duration answerWindow,
                                @DefaultValue("2h") Duration draftIdle) {
    public DiscordProperties {
        token = blankToNull(token);
        apiUrl = blankToNull(apiUrl);
        gatewayUrl = blankToNull(gatewayUrl);
        devGuildId = blankToNull(devGuildId);
        if (devGuildId != null && !devGuildId.matches("\\d{1,20}")) {
            throw new IllegalArgumentException("pycoach.discord.dev-guild-id must be a server id (digits), got '"
                    + devGuildId + "'");
        }
        if (apiUrl != null && !apiUrl.startsWith("http")) {
            throw new IllegalArgumentException("PYCOACH_DISCORD_API_URL must start with http:// or https://");
        }
        if (gatewayUrl != null && !gatewayUrl.startsWith("ws")) {
            throw new IllegalArgumentException("PYCOACH_DISCORD_GATEWAY_URL must start with ws:// or wss://");
        }
        if (workers < 1 || startLimit < 1 || answerLimit < 1) {
            throw new IllegalArgumentException("pycoach.discord workers and limits must be at least 1");
        }
        if (deferAfter.compareTo(Duration.ofMillis(2500)) > 0) {
            throw new IllegalArgumentException("pycoach.discord.defer-after must leave time inside Discord's 3 s window");
        }
    }

    public boolean hasToken() {
        return token != null;
    }

    @Override
    public String toString() {
        return "DiscordProperties[enabled=" + enabled + ", token=" + (token == null ? "<none>" : "<set>")
                + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", devGuildId=" + devGuildId + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
