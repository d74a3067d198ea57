package dev.pycoach.interview;

import java.util.Set;

/**
 * What adapters call: one live interview per user, each step applied under that user's lock and saved
 * through the store, together with the progress it records, before the reply is returned. Two racing answers
 * are applied one after the other, the second to the state the first produced; nothing is lost or doubled.
 * When another process sharing the database moved the session on first, the store refuses the stale save and
 * the step is applied again to the newer state.
 */
public final class InterviewService {
    /** Attempts of one step when another process keeps winning the race for the same session. */
    private static final int ATTEMPTS = 3;
    private final InterviewEngine engine;
    private final SessionStore store;
    private final PracticeHistory history;
    private final ProgressRecorder recorder;
    private final Transactions transactions;
    /** Striped so memory stays bounded however many users come and go. */
    private final Object[] locks = new Object[256];

    public InterviewService(InterviewEngine engine, SessionStore store, RecentQuestions recent) {
        this(engine, store, PracticeHistory.of(recent), ProgressRecorder.NONE, Transactions.NONE);
    }

    public InterviewService(InterviewEngine engine, SessionStore store, PracticeHistory history,
                            ProgressRecorder recorder, Transactions transactions) {
        this.engine = engine;
        this.store = store;
        this.history = history;
        this.recorder = recorder;
        this.transactions = transactions;
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
            Reply reply = engine.start(userId, spec, history.hintsFor(userId));
            saveStep(null, reply.session());
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

    /** The user's unfinished interview, if any, unchanged: what a resume offer describes. */
    public java.util.Optional<InterviewSession> active(String userId) {
        return store.active(userId);
    }

    private Reply step(String userId, java.util.function.Function<InterviewSession, Reply> action) {
        synchronized (lockFor(userId)) {
            for (int attempt = 1; ; attempt++) {
                InterviewSession session = store.active(userId).orElseThrow(() -> new InterviewException(
                        "You have no interview in progress. Start one first."));
                Reply reply = action.apply(session);
                if (reply.session().version() == session.version()) {
                    return reply;
                }
                try {
                    saveStep(session, reply.session());
                    return reply;
                } catch (StaleSessionException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }

    private void saveStep(InterviewSession before, InterviewSession after) {
        transactions.run(() -> {
            store.save(after);
            recorder.stepSaved(before, after);
        });
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
