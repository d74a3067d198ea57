package dev.pycoach.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: milliseconds since 2015 shifted left by 22, plus a counter. Interaction ids must be "now", or JDA
 * treats their hooks as expired (15 minutes after the id's timestamp).
 */
public final class Snowflakes {
    private static final long DISCORD_EPOCH = 1420070400000L;
    private final AtomicLong counter = new AtomicLong();

    public String next() {
        return Long.toString(((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (counter.incrementAndGet() & 0x3FFFFF));
    }
}
