package dev.pycoach.interview;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A session store that lives as long as the process: the console default, and a fake for tests. */
public final class InMemorySessionStore implements SessionStore {
    private final Map<String, InterviewSession> byId = new ConcurrentHashMap<>();
    private final Map<String, String> activeByUser = new ConcurrentHashMap<>();

    @Override
    public Optional<InterviewSession> active(String userId) {
        return Optional.ofNullable(activeByUser.get(userId)).map(byId::get).filter(s -> !s.finished());
    }

    @Override
    public Optional<InterviewSession> find(String sessionId) {
        return Optional.ofNullable(byId.get(sessionId));
    }

    @Override
    public synchronized void save(InterviewSession session) {
        InterviewSession stored = byId.get(session.id());
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != session.version() - 1) {
            throw new StaleSessionException(session.id(), session.version() - 1, storedVersion);
        }
        byId.put(session.id(), session);
        if (session.finished()) {
            activeByUser.remove(session.userId(), session.id());
        } else {
            activeByUser.put(session.userId(), session.id());
        }
    }
}
