package dev.pycoach.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pycoach.TestBanks;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.grading.LexicalGrader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InterviewServiceTest {
    private final AtomicInteger ids = new AtomicInteger();
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final InterviewService service = new InterviewService(
            new InterviewEngine(new QuestionBank(List.of(TestBanks.question("gil-what-it-protects"))), new LexicalGrader(),
                    PlannerPolicy.DEFAULT, new QuestionPicker(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                    () -> "s" + ids.incrementAndGet()),
            store, InterviewService.RecentQuestions.NONE);
    private final SessionSpec spec = new SessionSpec(null, null, 1, Mode.COACH, 2, 1);

    @Test
    @DisplayName("one live interview per user: a second start says how to go on")
    void oneLiveInterview() {
        service.start("alice", spec);

        assertThatThrownBy(() -> service.start("alice", spec)).isInstanceOf(InterviewException.class)
                .hasMessageContaining("already have an interview in progress");
        assertThat(service.start("bob", spec).session().userId()).isEqualTo("bob");
    }

    @Test
    @DisplayName("a step without a live interview is refused politely")
    void noInterview() {
        assertThatThrownBy(() -> service.answer("carol", "hi")).isInstanceOf(InterviewException.class)
                .hasMessage("You have no interview in progress. Start one first.");
    }

    @Test
    @DisplayName("every step is saved before the reply returns, and ending frees the user")
    void writeThrough() {
        Reply started = service.start("alice", spec);
        Reply answered = service.answer("alice", "Only one thread runs bytecode at a time.");

        assertThat(store.find(started.session().id())).contains(answered.session());
        service.end("alice");
        assertThat(service.hasActive("alice")).isFalse();
        assertThat(service.start("alice", spec).session().id()).isNotEqualTo(started.session().id());
    }

    @Test
    @DisplayName("two answers racing for one session are both applied, once each, one after the other")
    void racingAnswers() throws Exception {
        String id = service.start("alice", spec).session().id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<Reply> a = pool.submit(() -> {
                go.await();
                return service.answer("alice", "Only one thread runs bytecode at a time.");
            });
            Future<Reply> b = pool.submit(() -> {
                go.await();
                return service.answer("alice", "The GIL is released during blocking I/O.");
            });
            go.countDown();
            long[] versions = {a.get(10, TimeUnit.SECONDS).session().version(), b.get(10, TimeUnit.SECONDS).session().version()};

            assertThat(versions).containsExactlyInAnyOrder(2, 3);
            InterviewSession last = store.find(id).orElseThrow();
            assertThat(last.version()).isEqualTo(3);
            assertThat(last.records().get(0).turns()).hasSize(2);
            assertThat(last.records().get(0).turns().get(0).isMain()).isTrue();
            assertThat(last.records().get(0).turns().get(1).probeRef()).isNotNull();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("the store refuses a stale version instead of overwriting a newer turn")
    void staleSaveRefused() {
        InterviewSession first = service.start("alice", spec).session();
        service.answer("alice", "Only one thread runs bytecode at a time.");

        InterviewSession stale = new InterviewEngine(new QuestionBank(List.of(TestBanks.question("gil-what-it-protects"))),
                new LexicalGrader(), PlannerPolicy.DEFAULT, new QuestionPicker(), Clock.systemUTC(), () -> "x")
                .answer(first, "something else").session();

        assertThatThrownBy(() -> store.save(stale)).isInstanceOf(StaleSessionException.class);
    }
}
