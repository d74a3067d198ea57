package dev.pycoach.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LexicalGraderTest {
    private final LexicalGrader grader = new LexicalGrader();
    private final Question gil = TestBanks.question("gil-what-it-protects");

    @Test
    @DisplayName("the model answer covers every concept and scores 100")
    void strongAnswer() {
        Assessment a = grader.assess(gil, gil.modelAnswer());

        assertThat(a.concepts()).allSatisfy(c -> assertThat(c.coverage()).isEqualTo(Coverage.COVERED));
        assertThat(a.misconceptions()).isEmpty();
        assertThat(a.score()).isEqualTo(100);
    }

    @Test
    @DisplayName("a partial answer is credited for what it says, with the sentence as evidence")
    void partialAnswer() {
        Assessment a = grader.assess(gil, "Only one thread executes bytecode at a time. "
                + "Threads are still fine for I/O-bound work because the GIL is released during blocking I/O.");

        assertThat(a.coverageOf("one-thread-bytecode")).isEqualTo(Coverage.COVERED);
        assertThat(a.concept("one-thread-bytecode").orElseThrow().evidence())
                .isEqualTo("Only one thread executes bytecode at a time.");
        assertThat(a.coverageOf("released-on-io")).isEqualTo(Coverage.COVERED);
        assertThat(a.coverageOf("compound-ops-not-atomic")).isEqualTo(Coverage.MISSED);
        assertThat(a.coverageOf("protects-interpreter-state")).isEqualTo(Coverage.MISSED);
        assertThat(a.score()).isBetween(20, 40);
    }

    @Test
    @DisplayName("a wrong, off-topic answer earns nothing")
    void wrongAnswer() {
        Assessment a = grader.assess(gil, "The GIL is the garbage collector that frees unused memory every few seconds.");

        assertThat(a.concepts()).allSatisfy(c -> assertThat(c.coverage()).isEqualTo(Coverage.MISSED));
        assertThat(a.score()).isZero();
    }

    @Test
    @DisplayName("a negated statement does not earn the concept it negates")
    void negatedAnswer() {
        Assessment a = grader.assess(gil, "The GIL does not protect reference counts. "
                + "It is not true that only one thread runs at a time.");

        assertThat(a.coverageOf("protects-interpreter-state")).isEqualTo(Coverage.MISSED);
        assertThat(a.coverageOf("one-thread-bytecode")).isEqualTo(Coverage.MISSED);
    }

    @Test
    @DisplayName("'the GIL makes lists thread-safe' is a misconception and earns no atomicity credit")
    void misconception() {
        Assessment a = grader.assess(gil, "The GIL makes lists thread-safe, so you never need locks.");

        assertThat(a.misconceptions()).extracting(MisconceptionHit::misconceptionId)
                .containsExactly("gil-makes-code-thread-safe");
        assertThat(a.coverageOf("compound-ops-not-atomic")).isEqualTo(Coverage.MISSED);
        assertThat(a.coverageOf("use-locks")).isEqualTo(Coverage.MISSED);
        assertThat(a.score()).isZero();
    }

    @Test
    @DisplayName("a concept cue inside a misconception sentence earns nothing")
    void misconceptionSentenceTaints() {
        Assessment a = grader.assess(gil, "The GIL makes every operation atomic, so a race condition on x += 1 cannot happen.");

        assertThat(a.misconceptions()).isNotEmpty();
        assertThat(a.coverageOf("compound-ops-not-atomic")).isEqualTo(Coverage.MISSED);
    }

    @Test
    @DisplayName("an empty or blank answer covers nothing and scores 0")
    void emptyAnswer() {
        for (String answer : new String[] {"", "   \n\n  ", null}) {
            Assessment a = grader.assess(gil, answer);
            assertThat(a.concepts()).allSatisfy(c -> assertThat(c.coverage()).isEqualTo(Coverage.MISSED));
            assertThat(a.score()).isZero();
        }
    }

    @Test
    @DisplayName("a 5,000-character answer is graded in full")
    void veryLongAnswer() {
        StringBuilder answer = new StringBuilder();
        while (answer.length() < 4_000) {
            answer.append("Let me think about the trade-offs of concurrency in Python services in general. ");
        }
        answer.append(gil.modelAnswer());
        while (answer.length() < 5_000) {
            answer.append(" More general remarks.");
        }

        Assessment a = grader.assess(gil, answer.toString());

        assertThat(answer.length()).isGreaterThanOrEqualTo(5_000);
        assertThat(a.score()).isEqualTo(100);
    }

    @Test
    @DisplayName("a code-only answer is graded on its code and comments")
    void codeOnlyAnswer() {
        Assessment a = grader.assess(gil, """
                ```py
                lock = threading.Lock()
                with lock:
                    counter += 1  # not atomic without the lock
                ```
                """);

        assertThat(a.coverageOf("use-locks")).isEqualTo(Coverage.COVERED);
        assertThat(a.coverageOf("compound-ops-not-atomic")).isEqualTo(Coverage.COVERED);
        assertThat(a.coverageOf("released-on-io")).isEqualTo(Coverage.MISSED);
    }

    @Test
    @DisplayName("inflections and synonyms match: 'refcounts' and 'mutex' meet 'reference count' and 'lock'")
    void stemsAndSynonyms() {
        Probe probe = new Probe("p", "deeper", null, "?", List.of(
                new Concept("refcount", "x", 1, List.of("reference counting & protect"), "x"),
                new Concept("lock", "x", 1, List.of("use a lock"), "x")), List.of());

        Assessment a = grader.assess(probe, "It protects the refcounts. You should use a mutex.");

        assertThat(a.coverageOf("refcount")).isEqualTo(Coverage.COVERED);
        assertThat(a.coverageOf("lock")).isEqualTo(Coverage.COVERED);
    }

    @Test
    @DisplayName("a weak cue alone earns partial, half the weight")
    void weakCue() {
        Probe probe = new Probe("p", "deeper", null, "?", List.of(
                new Concept("lock", "x", 2, List.of("~lock", "threading.lock & shared"), "x"),
                new Concept("other", "x", 2, List.of("queue"), "x")), List.of());

        Assessment weak = grader.assess(probe, "I would add a lock.");
        Assessment strong = grader.assess(probe, "Guard the shared dict with threading.Lock.");

        assertThat(weak.coverageOf("lock")).isEqualTo(Coverage.PARTIAL);
        assertThat(weak.score()).isEqualTo(25);
        assertThat(strong.coverageOf("lock")).isEqualTo(Coverage.COVERED);
    }

    @Test
    @DisplayName("a regex cue is exempt from negation only when it says 'not' itself, not when a word like 'distinct' contains n?t")
    void negationInsideRegexCues() {
        Probe probe = new Probe("p", "deeper", null, "?", List.of(
                new Concept("distinct", "x", 1, List.of("/(?s)(distinct|separate)\\s+objects/"), "x"),
                new Concept("cannot-handle", "x", 1, List.of("/(?s)gc\\s+can\\s*n.t\\s+handle/"), "x"),
                new Concept("no-native", "x", 1, List.of("/(?s)\\bno\\s+native\\s+code\\b/"), "x")), List.of());

        Assessment negated = grader.assess(probe, "They are not distinct objects.");
        Assessment stated = grader.assess(probe, "The gc cannot handle them. There is no native code involved.");

        assertThat(negated.coverageOf("distinct")).isEqualTo(Coverage.MISSED);
        assertThat(stated.coverageOf("cannot-handle")).isEqualTo(Coverage.COVERED);
        assertThat(stated.coverageOf("no-native")).isEqualTo(Coverage.COVERED);
    }

    @Test
    @DisplayName("every sentence that states a misconception earns nothing, not only the first one")
    void repeatedMisconceptionTaintsEverySentence() {
        Probe probe = new Probe("p", "deeper", null, "?", List.of(
                new Concept("atomic", "x", 1, List.of("atomic"), "x")),
                List.of(new dev.pycoach.bank.Misconception("gil-safe", "x", List.of("gil & thread safe"), "x", null,
                        List.of("atomic"))));

        Assessment a = grader.assess(probe, "The GIL makes my code thread safe. "
                + "Thanks to the GIL every update is atomic, so it stays thread safe.");

        assertThat(a.misconceptions()).extracting(MisconceptionHit::misconceptionId).containsExactly("gil-safe");
        assertThat(a.coverageOf("atomic")).isEqualTo(Coverage.MISSED);
    }

    @Test
    @DisplayName("the same answer always gets the same assessment")
    void deterministic() {
        String answer = "Only one thread runs bytecode at a time, but x += 1 is not atomic.";
        assertThat(grader.assess(gil, answer)).isEqualTo(grader.assess(gil, answer));
    }
}
