package dev.pycoach.store;

import dev.pycoach.interview.InterviewException;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.SessionStore;
import dev.pycoach.interview.StaleSessionException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions as JSON snapshots in {@code interview_sessions}; the version check is the update's WHERE clause. */
public final class JdbcSessionStore implements SessionStore {
    private final JdbcClient jdbc;
    private final SessionSnapshots snapshots = new SessionSnapshots();

    public JdbcSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<InterviewSession> active(String userId) {
        return jdbc.sql("select snapshot from interview_sessions where active_user_id = :user")
                .param("user", userId).query(String.class).optional().map(snapshots::read);
    }

    @Override
    public Optional<InterviewSession> find(String sessionId) {
        return jdbc.sql("select snapshot from interview_sessions where session_id = :id")
                .param("id", sessionId).query(String.class).optional().map(snapshots::read);
    }

    @Override
    public void save(InterviewSession session) {
        if (session.version() == 1) {
            insert(session);
            return;
        }
        int updated = jdbc.sql("""
                        update interview_sessions
                           set active_user_id = :active, status = :status, version = :version,
                               snapshot_format = :format, snapshot = :snapshot, updated_at = :updated
                         where session_id = :id and version = :previous""")
                .param("active", session.finished() ? null : session.userId())
                .param("status", session.status().name())
                .param("version", session.version())
                .param("format", SessionSnapshots.FORMAT)
                .param("snapshot", snapshots.write(session))
                .param("updated", Sql.ts(session.updatedAt()))
                .param("id", session.id())
                .param("previous", session.version() - 1)
                .update();
        if (updated == 0) {
            long actual = jdbc.sql("select version from interview_sessions where session_id = :id")
                    .param("id", session.id()).query(Long.class).optional().orElse(0L);
            throw new StaleSessionException(session.id(), session.version() - 1, actual);
        }
    }

    private void insert(InterviewSession session) {
        Optional<String> other = jdbc.sql("select session_id from interview_sessions where active_user_id = :user")
                .param("user", session.userId()).query(String.class).optional();
        if (other.isPresent()) {
            throw new InterviewException("You already have an interview in progress. Resume it, or end it before "
                    + "starting a new one.");
        }
        try {
            jdbc.sql("""
                            insert into interview_sessions (session_id, user_id, active_user_id, status, version,
                                                            snapshot_format, snapshot, started_at, updated_at)
                            values (:id, :user, :active, :status, :version, :format, :snapshot, :started, :updated)""")
                    .param("id", session.id())
                    .param("user", session.userId())
                    .param("active", session.finished() ? null : session.userId())
                    .param("status", session.status().name())
                    .param("version", session.version())
                    .param("format", SessionSnapshots.FORMAT)
                    .param("snapshot", snapshots.write(session))
                    .param("started", Sql.ts(session.startedAt()))
                    .param("updated", Sql.ts(session.updatedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            // Another process saved this session, or started one for the user, between the check and the insert.
            throw new StaleSessionException(session.id(), 0, 1);
        }
    }
}
