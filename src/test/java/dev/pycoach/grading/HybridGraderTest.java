package dev.pycoach.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import dev.pycoach.bank.Question;
import dev.pycoach.embedding.MiniLmSentenceEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a candidate notices of the semantic layer: plain-words answers get credit, with the sentence that earned it. */
class HybridGraderTest {
    private static final Question GIL = TestBanks.question("gil-what-it-protects");
    private static HybridGrader hybrid;
    private static final LexicalGrader LEXICAL = new LexicalGrader();

    @BeforeAll
    static void load() {
        hybrid = new HybridGrader(new LexicalGrader(), new MiniLmSentenceEmbedder(), SemanticThresholds.DEFAULT);
    }

    @Test
    void creditsAnIdeaSaidWithoutTheRubricsWordsAndQuotesTheSentence() {
        String answer = "Even on a machine with many cores, the interpreter lets just a single thread execute "
                + "Python code while the others wait their turn.";

        assertThat(LEXICAL.assess(GIL, answer).coverageOf("one-thread-bytecode")).isEqualTo(Coverage.MISSED);
        Assessment a = hybrid.assess(GIL, answer);
        assertThat(a.coverageOf("one-thread-bytecode")).isEqualTo(Coverage.COVERED);
        assertThat(a.concept("one-thread-bytecode").orElseThrow().evidence()).isEqualTo(answer);
        assertThat(a.score()).isPositive();
    }

    @Test
    void theSameIdeaDeniedEarnsNothing() {
        Assessment a = hybrid.assess(GIL, "The interpreter does not let just a single thread execute Python code.");

        assertThat(a.coverageOf("one-thread-bytecode")).isEqualTo(Coverage.MISSED);
    }

    @Test
    void anOffTopicAnswerEarnsNothing() {
        Assessment a = hybrid.assess(GIL, "I like turtles, and the weather in spring is lovely; my garden has "
                + "roses and a small pond with goldfish.");

        assertThat(a.score()).isZero();
        assertThat(a.misconceptions()).isEmpty();
        assertThat(a.concepts()).allMatch(c -> c.coverage() == Coverage.MISSED);
    }

    @Test
    void aStatedMisconceptionIsNamedWithItsSentenceAndEarnsNoCredit() {
        String wrong = "Because of the GIL, Python code is automatically thread-safe, so you never need locks.";
        Assessment a = hybrid.assess(GIL, wrong);

        assertThat(a.misconceptions()).singleElement().satisfies(h -> {
            assertThat(h.misconceptionId()).isEqualTo("gil-makes-code-thread-safe");
            assertThat(h.evidence()).isEqualTo(wrong);
        });
        assertThat(a.concepts()).allMatch(c -> c.coverage() == Coverage.MISSED);
        assertThat(a.score()).isZero();
    }

    @Test
    void neverGivesLessThanTheCuesAlone() {
        String answer = GIL.modelAnswer();
        Assessment lexical = LEXICAL.assess(GIL, answer);
        Assessment a = hybrid.assess(GIL, answer);

        assertThat(a.score()).isGreaterThanOrEqualTo(lexical.score());
        lexical.concepts().forEach(c -> assertThat(a.coverageOf(c.conceptId()).credit())
                .as(c.conceptId()).isGreaterThanOrEqualTo(c.coverage().credit()));
    }

    @Test
    void theSameAnswerAlwaysGetsTheSameAssessment() {
        String answer = "Threads take turns running Python code. The interpreter keeps its own internal counters "
                + "safe that way, but x += 1 from two threads can still lose updates, so guard it with a lock.";

        assertThat(hybrid.assess(GIL, answer)).isEqualTo(hybrid.assess(GIL, answer));
    }

    @Test
    void aBrokenModelLeavesTheCuesAssessmentInsteadOfFailingTheAnswer() {
        SentenceEmbedder broken = sentences -> {
            throw new IllegalStateException("model file missing");
        };
        HybridGrader degraded = new HybridGrader(new LexicalGrader(), broken, SemanticThresholds.DEFAULT);
        String answer = "Threads take turns. x += 1 from two threads is not atomic and can lose updates, so use a lock.";

        assertThat(degraded.assess(GIL, answer)).isEqualTo(LEXICAL.assess(GIL, answer));
    }
}
