package dev.pycoach.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.grading.LexicalGrader;
import dev.pycoach.interview.InterviewEngine;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.Mode;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.QuestionPicker;
import dev.pycoach.interview.Reply;
import dev.pycoach.interview.SessionSpec;
import dev.pycoach.interview.SessionStore;
import dev.pycoach.store.CachingSessionStore;
import dev.pycoach.store.SessionSnapshots;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap held by live sessions in the Caffeine cache: 10,000 users each mid-way through a three-question interview
 * (one question answered with its follow-up, the next one answered and waiting on a follow-up), built by the
 * real engine and grader from varied answers, so every session holds its own evidence sentences.
 */
final class SessionHeap {
    private SessionHeap() {
    }

    record Result(int sessions, long bytes, double averageSnapshotBytes) {
    }

    static Result measure(QuestionBank bank, int sessions) {
        SessionStore nowhere = new SessionStore() {
            @Override
            public Optional<InterviewSession> active(String userId) {
                return Optional.empty();
            }

            @Override
            public Optional<InterviewSession> find(String sessionId) {
                return Optional.empty();
            }

            @Override
            public void save(InterviewSession session) {
            }
        };
        AtomicLong ids = new AtomicLong();
        InterviewEngine engine = new InterviewEngine(bank, new LexicalGrader(), PlannerPolicy.DEFAULT, new QuestionPicker(),
                Clock.systemUTC(), () -> "session-" + ids.incrementAndGet() + "-" + Long.toHexString(System.nanoTime()));
        SessionSnapshots snapshots = new SessionSnapshots();
        long before = usedAfterGc();
        CachingSessionStore cache = new CachingSessionStore(nowhere, sessions, Duration.ofMinutes(30), Ticker.systemTicker());
        long snapshotBytes = 0;
        for (int i = 0; i < sessions; i++) {
            String user = BenchData.userId(i);
            InterviewSession s = engine.start(user, new SessionSpec(null, null, 3, Mode.COACH, 2, i), Set.of()).session();
            s = step(engine.answer(s, answer(bank, s, i)));
            s = step(engine.answer(s, "I am not sure, but " + i + " threads would each need their own lock."));
            if (!s.finished() && s.pendingProbe() != null) {
                s = step(engine.skip(s));
            }
            if (!s.finished()) {
                s = step(engine.answer(s, answer(bank, s, i + 7)));
            }
            cache.save(s);
            if (i % 100 == 0) {
                snapshotBytes += snapshots.write(s).length();
            }
        }
        long after = usedAfterGc();
        long held = cache.cachedSessions();
        return new Result((int) held, after - before, snapshotBytes / (sessions / 100.0));
    }

    private static InterviewSession step(Reply reply) {
        return reply.session();
    }

    /** The current question's model answer, its sentences rotated by the user's number and signed by them. */
    private static String answer(QuestionBank bank, InterviewSession s, int salt) {
        String[] sentences = bank.find(s.currentQuestionId()).orElseThrow().modelAnswer().split("(?<=\\.)\\s+");
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < sentences.length; k++) {
            text.append(sentences[(k + salt) % sentences.length]).append(' ');
        }
        return text.append("(candidate ").append(salt).append(')').toString();
    }

    static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
