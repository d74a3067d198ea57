package dev.pycoach.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Unsubmitted multi-message answers, one per user, dropped after {@code idle} without a new part. Drafts live
 * in memory only: after a restart the user sends the answer again (the interview itself is in the store).
 * Callers run on the user's serial queue, so there is no read-modify-write race per user.
 */
final class Drafts {
    private final Cache<String, Draft> byUser;

    Drafts(Duration idle, Clock clock) {
        this.byUser = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(100_000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** The user's draft for this point of this interview; a draft for anything else is discarded. */
    Draft current(String userId, String sessionId, String ask) {
        Draft draft = byUser.getIfPresent(userId);
        return draft != null && draft.isFor(sessionId, ask) ? draft : Draft.empty(sessionId, ask);
    }

    Optional<Draft> peek(String userId) {
        return Optional.ofNullable(byUser.getIfPresent(userId));
    }

    void put(String userId, Draft draft) {
        byUser.put(userId, draft);
    }

    void clear(String userId) {
        byUser.invalidate(userId);
    }
}
