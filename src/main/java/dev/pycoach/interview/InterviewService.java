package dev.pycoach.interview;

import java.util.Set;

/**
 * What adapters call: one live interview per user, each step applied under that user's lock and saved
 * through the store before the reply is returned. Two racing answers are applied one after the other,
 * the second to the state the first produced; nothing is lost or doubled.
 */
public final class InterviewService {
    private final InterviewEngine engine;
    private final SessionStore store;
    private final RecentQuestions recent;
    /** Striped so memory stays bounded however many users come and go. */
    private final Object[] locks = new Object[256];

    public InterviewService(InterviewEngine engine, SessionStore store, RecentQuestions recent) {
        this.engine = engine;
        this.store = store;
        this.recent = recent;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** Starts an interview, unless one is already running for the user. */
    public Reply start(String userId, SessionSpec spec) {
        synchronized (lockFor(userId)) {
            store.active(userId).ifPresent(s -> {
                throw new InterviewException("You already have an interview in progress (question "
                        + (s.index() + 1) + " of " + s.questionIds().size()
                        + "). Resume it, or end it before starting a new one.");
            });
            Reply reply = engine.start(userId, spec, recent.recentFor(userId));
            store.save(reply.session());
            return reply;
        }
    }

    public Reply answer(String userId, String text) {
        return step(userId, s -> engine.answer(s, text));
    }

    public Reply skip(String userId) {
        return step(userId, engine::skip);
    }

    public Reply hint(String userId) {
        return step(userId, engine::hint);
    }

    public Reply modelAnswer(String userId) {
        return step(userId, engine::modelAnswer);
    }

    public Reply end(String userId) {
        return step(userId, engine::end);
    }

    /** Where the user is, unchanged: for resume and status. */
    public Reply current(String userId) {
        return step(userId, engine::current);
    }

    public boolean hasActive(String userId) {
        return store.active(userId).isPresent();
    }

    private Reply step(String userId, java.util.function.Function<InterviewSession, Reply> action) {
        synchronized (lockFor(userId)) {
            InterviewSession session = store.active(userId).orElseThrow(() -> new InterviewException(
                    "You have no interview in progress. Start one first."));
            Reply reply = action.apply(session);
            if (reply.session().version() != session.version()) {
                store.save(reply.session());
            }
            return reply;
        }
    }

    private Object lockFor(String userId) {
        return locks[Math.floorMod(userId.hashCode(), locks.length)];
    }

    /** Questions a user answered recently, which the picker uses only when nothing else is left. */
    @FunctionalInterface
    public interface RecentQuestions {
        Set<String> recentFor(String userId);

        RecentQuestions NONE = userId -> Set.of();
    }
}
