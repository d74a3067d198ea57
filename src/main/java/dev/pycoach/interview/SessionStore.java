package dev.pycoach.interview;

import java.util.Optional;

/**
 * Where sessions live between turns. Implementations write through: {@link #save} returns only once the
 * session is durable. A save whose {@code version} is not exactly one more than the stored one is refused,
 * so a stale or doubled update can never overwrite a newer turn.
 */
public interface SessionStore {

    /** The user's unfinished session, if any (one live interview per user). */
    Optional<InterviewSession> active(String userId);

    Optional<InterviewSession> find(String sessionId);

    /**
     * Stores {@code session}; a new session has version 1.
     *
     * @throws StaleSessionException when the stored version is not {@code session.version() - 1}
     */
    void save(InterviewSession session);
}
