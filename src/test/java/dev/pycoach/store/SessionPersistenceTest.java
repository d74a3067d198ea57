package dev.pycoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.pycoach.MutableClock;
import dev.pycoach.interview.InterviewEngine;
import dev.pycoach.interview.InterviewService;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.ProgressRecorder;
import dev.pycoach.interview.QuestionPicker;
import dev.pycoach.interview.Reply;
import dev.pycoach.grading.LexicalGrader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Interviews through the cached, write-through store on both databases: eviction, restarts, races, transactions. */
@ParameterizedClass(name = "[{0}]")
@ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
class SessionPersistenceTest {
    private static final Duration IDLE = Duration.ofMinutes(30);
    @Parameter
    String kind;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T12:00:00Z"));
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final AtomicInteger ids = new AtomicInteger();
    private StoreFixture store;

    @BeforeEach
    void open() {
        store = new StoreFixture(TestDatabase.open(kind), clock, Sessions.BANK);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.db.close();
        }
    }

    /** One application process: its own cache over the shared database. */
    private Process process(long cacheSize, ProgressRecorder recorder) {
        CachingSessionStore cache = new CachingSessionStore(new JdbcSessionStore(store.db.jdbc()), cacheSize, IDLE, ticker);
        InterviewEngine engine = new InterviewEngine(Sessions.BANK, new LexicalGrader(), PlannerPolicy.DEFAULT,
                new QuestionPicker(), clock, () -> "s" + ids.incrementAndGet());
        return new Process(cache, new InterviewService(engine, cache, store.progress, recorder, store.transactions));
    }

    private Process process() {
        return process(100, store.sessionProgress(Sessions.BANK));
    }

    private record Process(CachingSessionStore cache, InterviewService interviews) {
    }

    private long count(String table) {
        return store.db.jdbc().sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    @DisplayName("every step is in the database before the reply returns, with the answers it graded")
    void writeThrough() {
        Process p = process();
        p.interviews().start("alice", Sessions.SPEC);
        Reply answered = p.interviews().answer("alice", Sessions.GOOD_ANSWER);

        assertThat(new JdbcSessionStore(store.db.jdbc()).active("alice")).contains(answered.session());
        assertThat(count("answers")).isEqualTo(1);
        assertThat(store.db.jdbc().sql("select session_id from answers").query(String.class).single())
                .isEqualTo(answered.session().id());
    }

    @Test
    @DisplayName("a session evicted after idle time resumes at the same follow-up; so does one pushed out by size")
    void resumesAfterEviction() {
        Process p = process(1, store.sessionProgress(Sessions.BANK));
        p.interviews().start("alice", Sessions.SPEC);
        Reply probing = p.interviews().answer("alice", Sessions.GOOD_ANSWER);
        assertThat(probing.ask().isProbe()).isTrue();

        nanos.addAndGet(IDLE.plusSeconds(1).toNanos());
        assertThat(p.cache().cachedSessions()).isZero();
        assertThat(p.interviews().current("alice").ask()).isEqualTo(probing.ask());

        p.interviews().start("bob", Sessions.SPEC);
        assertThat(p.cache().cachedSessions()).isEqualTo(1);
        Reply next = p.interviews().answer("alice", "Reference counts are updated without atomics, so the GIL guards them.");
        assertThat(next.session().version()).isEqualTo(probing.session().version() + 1);
        assertThat(next.session().records().get(0).turns()).hasSize(2);
    }

    @Test
    @DisplayName("a restarted process (empty cache) resumes the interview at the same question and follow-up")
    void resumesAfterRestart() {
        Process before = process();
        before.interviews().start("alice", Sessions.SPEC);
        Reply probing = before.interviews().answer("alice", Sessions.GOOD_ANSWER);

        Process after = process();
        Reply resumed = after.interviews().current("alice");
        assertThat(resumed.session()).isEqualTo(probing.session());
        assertThat(resumed.ask()).isEqualTo(probing.ask());
    }

    @Test
    @DisplayName("two answers racing in one process are applied once each, in order, and both are logged")
    void racingAnswers() throws Exception {
        Process p = process();
        String id = p.interviews().start("alice", Sessions.SPEC).session().id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<Reply> a = pool.submit(() -> {
                go.await();
                return p.interviews().answer("alice", Sessions.GOOD_ANSWER);
            });
            Future<Reply> b = pool.submit(() -> {
                go.await();
                return p.interviews().answer("alice", "The GIL is released during blocking I/O.");
            });
            go.countDown();
            assertThat(List.of(a.get(20, TimeUnit.SECONDS).session().version(), b.get(20, TimeUnit.SECONDS).session().version()))
                    .containsExactlyInAnyOrder(2L, 3L);
        } finally {
            pool.shutdownNow();
        }
        InterviewSession last = new JdbcSessionStore(store.db.jdbc()).find(id).orElseThrow();
        assertThat(last.version()).isEqualTo(3);
        assertThat(last.records().get(0).turns()).hasSize(2);
        assertThat(last.records().get(0).turns().get(0).isMain()).isTrue();
        assertThat(count("answers")).isEqualTo(2);
    }

    @Test
    @DisplayName("two processes on one database: the one with a stale cache is refused, re-reads and applies its answer after")
    void racingProcesses() {
        Process one = process();
        Process two = process();
        one.interviews().start("alice", Sessions.SPEC);
        assertThat(two.interviews().current("alice").session().version()).isEqualTo(1); // two caches version 1

        one.interviews().answer("alice", Sessions.GOOD_ANSWER);
        Reply second = two.interviews().answer("alice", "Reference counts are updated without atomics.");

        assertThat(second.session().version()).isEqualTo(3);
        assertThat(second.session().records().get(0).turns()).hasSize(2);
        assertThat(count("answers")).isEqualTo(2);
    }

    @Test
    @DisplayName("when recording progress fails, the step is rolled back whole: not saved, not cached, not logged")
    void oneTransactionPerStep() {
        AtomicInteger failures = new AtomicInteger(1);
        ProgressRecorder real = store.sessionProgress(Sessions.BANK);
        Process p = process(100, (before, after) -> {
            real.stepSaved(before, after);
            if (before != null && failures.getAndDecrement() > 0) {
                throw new IllegalStateException("disk full");
            }
        });
        p.interviews().start("alice", Sessions.SPEC);

        assertThatThrownBy(() -> p.interviews().answer("alice", Sessions.GOOD_ANSWER)).hasMessage("disk full");
        assertThat(p.interviews().current("alice").session().version()).isEqualTo(1);
        assertThat(new JdbcSessionStore(store.db.jdbc()).active("alice").orElseThrow().version()).isEqualTo(1);
        assertThat(count("answers")).isZero();

        assertThat(p.interviews().answer("alice", Sessions.GOOD_ANSWER).session().version()).isEqualTo(2);
        assertThat(count("answers")).isEqualTo(1);
    }

    @Test
    @DisplayName("a question closed after an answer puts its concepts on the review schedule")
    void reviewOnClose() {
        Process p = process();
        p.interviews().start("alice", Sessions.SPEC);
        p.interviews().answer("alice", Sessions.GOOD_ANSWER);
        p.interviews().end("alice");

        assertThat(store.reviews.all("alice")).hasSize(Sessions.BANK.questions().get(0).concepts().size());
        assertThat(store.progress.hintsFor("alice").seen()).containsExactly("gil-what-it-protects");
    }
}
