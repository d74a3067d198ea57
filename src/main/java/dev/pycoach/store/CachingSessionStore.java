package dev.pycoach.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.SessionStore;
import dev.pycoach.interview.StaleSessionException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Live sessions in a Caffeine cache in front of the durable store, keyed by user (the hot lookup: "this user's
 * interview"). Bounded in size and expiring after idle time; a session that is evicted, or that a restart lost,
 * is read back from the durable store on its next step, exactly as it was saved.
 * <p>
 * Write-through: {@link #save} writes the durable store first and caches the session only once the surrounding
 * transaction has committed (on rollback the entry is dropped), so the cache never holds a state the database
 * does not. A stale save (another process moved the session on) drops the entry, so the retry reads the newer
 * state.
 */
public final class CachingSessionStore implements SessionStore {
    private final SessionStore durable;
    private final Cache<String, InterviewSession> live;

    public CachingSessionStore(SessionStore durable, long maximumSize, Duration idle, Ticker ticker) {
        this.durable = durable;
        this.live = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(idle).ticker(ticker).build();
    }

    @Override
    public Optional<InterviewSession> active(String userId) {
        InterviewSession cached = live.getIfPresent(userId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<InterviewSession> loaded = durable.active(userId);
        // putIfAbsent: a save that landed meanwhile is newer than what was just read.
        loaded.ifPresent(s -> live.asMap().putIfAbsent(userId, s));
        return loaded;
    }

    @Override
    public Optional<InterviewSession> find(String sessionId) {
        return durable.find(sessionId);
    }

    @Override
    public void save(InterviewSession session) {
        try {
            durable.save(session);
        } catch (StaleSessionException e) {
            live.invalidate(session.userId());
            throw e;
        }
        Runnable apply = () -> {
            if (session.finished()) {
                live.invalidate(session.userId());
            } else {
                live.put(session.userId(), session);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        apply.run();
                    } else {
                        live.invalidate(session.userId());
                    }
                }
            });
        } else {
            apply.run();
        }
    }

    /** Sessions in the cache now (after pending evictions): for measurements. */
    public long cachedSessions() {
        live.cleanUp();
        return live.estimatedSize();
    }
}
