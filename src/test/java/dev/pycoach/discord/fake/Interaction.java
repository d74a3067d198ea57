package dev.pycoach.discord.fake;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An interaction the fake dispatched. Discord accepts one callback within 3 seconds of dispatch; follow-ups
 * and edits of the original use the token afterwards.
 */
public final class Interaction {
    final String id;
    final String token;
    final FakeUser user;
    final String channelId;
    final long dispatchedNanos;
    final AtomicBoolean acknowledged = new AtomicBoolean();
    volatile String originalMessageId;
    volatile String clickedMessageId;

    Interaction(String id, String token, FakeUser user, String channelId, long dispatchedNanos) {
        this.id = id;
        this.token = token;
        this.user = user;
        this.channelId = channelId;
        this.dispatchedNanos = dispatchedNanos;
    }

    public String id() {
        return id;
    }

    public boolean acknowledged() {
        return acknowledged.get();
    }

    @Override
    public String toString() {
        return "interaction " + id + " from " + user.name();
    }
}
