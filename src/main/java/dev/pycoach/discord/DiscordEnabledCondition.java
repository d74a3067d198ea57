package dev.pycoach.discord;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The Discord beans exist only when the command line started the bot ({@code pycoach.discord.enabled}) and a
 * token is configured; the console and the other commands never connect to Discord.
 */
final class DiscordEnabledCondition implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String enabled = context.getEnvironment().getProperty("pycoach.discord.enabled", "false");
        String token = context.getEnvironment().getProperty("pycoach.discord.token", "");
        return Boolean.parseBoolean(enabled.strip()) && !token.isBlank();
    }
}
