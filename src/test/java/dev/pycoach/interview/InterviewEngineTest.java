package dev.pycoach.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pycoach.TestBanks;
import dev.pycoach.bank.Level;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Topic;
import dev.pycoach.grading.LexicalGrader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InterviewEngineTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final Question gil = TestBanks.question("gil-what-it-protects");
    private final AtomicInteger ids = new AtomicInteger();

    private InterviewEngine engine(QuestionBank bank) {
        return new InterviewEngine(bank, new LexicalGrader(), PlannerPolicy.DEFAULT, new QuestionPicker(),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> "session-" + ids.incrementAndGet());
    }

    private InterviewEngine gilOnly() {
        return engine(new QuestionBank(List.of(gil)));
    }

    private static SessionSpec spec(int questions, Mode mode) {
        return new SessionSpec(null, null, questions, mode, 2, 42);
    }

    @Test
    @DisplayName("a session asks distinct questions, and the same seed replays the same ones")
    void distinctQuestionsReplayableSeed() {
        InterviewEngine engine = engine(TestBanks.real());
        int n = Math.min(5, TestBanks.real().questions().size());

        List<String> first = engine.start("u", spec(n, Mode.COACH), Set.of()).session().questionIds();
        List<String> again = engine.start("u", spec(n, Mode.COACH), Set.of()).session().questionIds();

        assertThat(first).hasSize(n).doesNotHaveDuplicates().isEqualTo(again);
    }

    @Test
    @DisplayName("coach mode grades each answer and asks the probe for the missed concept")
    void coachModeFeedbackAndProbe() {
        InterviewEngine engine = gilOnly();
        Reply start = engine.start("u", spec(1, Mode.COACH), Set.of());

        Reply reply = engine.answer(start.session(), "Only one thread runs bytecode at a time. "
                + "The GIL is released during blocking I/O.");

        assertThat(reply.feedback().assessment().score()).isBetween(1, 99);
        assertThat(reply.ask().probe().id()).isEqualTo("why-refcounting-needs-it");
        assertThat(reply.session().status()).isEqualTo(SessionStatus.AWAITING_PROBE_ANSWER);
        assertThat(reply.session().version()).isEqualTo(start.session().version() + 1);
    }

    @Test
    @DisplayName("interview mode holds feedback until the scorecard")
    void interviewModeHoldsFeedback() {
        InterviewEngine engine = gilOnly();
        InterviewSession s = engine.start("u", spec(1, Mode.INTERVIEW), Set.of()).session();

        Reply reply = engine.answer(s, gil.modelAnswer());

        assertThat(reply.feedback()).isNull();
        assertThat(reply.ask().probe().isDeeper()).isTrue();
    }

    @Test
    @DisplayName("a skipped probe is never asked again and counts against the budget")
    void skippedProbeNeverAgain() {
        InterviewEngine engine = gilOnly();
        InterviewSession s = engine.start("u", spec(1, Mode.COACH), Set.of()).session();
        s = engine.answer(s, "Only one thread runs bytecode at a time.").session();
        assertThat(s.pendingProbe()).isEqualTo("why-refcounting-needs-it");

        Reply skipped = engine.skip(s);

        assertThat(skipped.session().skippedProbes()).containsExactly("gil-what-it-protects/why-refcounting-needs-it");
        assertThat(skipped.ask().probe().id()).isEqualTo("when-threads-win");
        Reply done = engine.skip(skipped.session());
        assertThat(done.session().finished()).isTrue();
        assertThat(done.scorecard().questions().get(0).outcome()).isEqualTo(Outcome.GAPS_REMAIN);
        assertThat(done.scorecard().questions().get(0).probesAsked()).isEqualTo(2);
    }

    @Test
    @DisplayName("a skipped question is scored 0 with outcome 'skipped' and the next question is asked")
    void skipQuestion() {
        InterviewEngine engine = engine(TestBanks.real());
        InterviewSession s = engine.start("u", spec(2, Mode.COACH), Set.of()).session();

        Reply reply = engine.skip(s);

        assertThat(reply.ask().number()).isEqualTo(2);
        assertThat(reply.session().records().get(0).outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    @DisplayName("hints come one at a time, then say there are no more")
    void progressiveHints() {
        InterviewEngine engine = gilOnly();
        InterviewSession s = engine.start("u", spec(1, Mode.COACH), Set.of()).session();

        Reply one = engine.hint(s);
        Reply two = engine.hint(one.session());
        Reply three = engine.hint(two.session());

        assertThat(one.notice()).startsWith("Hint 1/2: ").contains(gil.hints().get(0));
        assertThat(two.notice()).startsWith("Hint 2/2: ");
        assertThat(three.notice()).startsWith("No more hints");
        assertThat(three.session()).isEqualTo(two.session());
    }

    @Test
    @DisplayName("the model answer is shown in coach mode only after an attempt")
    void modelAnswerOnRequest() {
        InterviewEngine engine = gilOnly();
        InterviewSession s = engine.start("u", spec(1, Mode.COACH), Set.of()).session();

        assertThat(engine.modelAnswer(s).notice()).startsWith("Have a go first");
        InterviewSession answered = engine.answer(s, "Only one thread runs bytecode at a time.").session();
        assertThat(engine.modelAnswer(answered).notice()).contains("only one thread");
    }

    @Test
    @DisplayName("an empty answer changes nothing and says what to do")
    void emptyAnswer() {
        InterviewEngine engine = gilOnly();
        InterviewSession s = engine.start("u", spec(1, Mode.COACH), Set.of()).session();

        Reply reply = engine.answer(s, "  \n ");

        assertThat(reply.session()).isEqualTo(s);
        assertThat(reply.notice()).contains("empty");
    }

    @Test
    @DisplayName("ending early closes the open question and marks the rest not reached")
    void endEarly() {
        InterviewEngine engine = engine(TestBanks.real());
        InterviewSession s = engine.start("u", spec(3, Mode.INTERVIEW), Set.of()).session();
        Question first = TestBanks.question(s.currentQuestionId());
        s = engine.answer(s, first.modelAnswer()).session();

        Reply ended = engine.end(s);

        assertThat(ended.session().finished()).isTrue();
        assertThat(ended.scorecard().questions()).extracting(Scorecard.QuestionScore::outcome)
                .containsExactly(Outcome.SUFFICIENT, Outcome.NOT_REACHED, Outcome.NOT_REACHED);
        assertThat(ended.scorecard().average()).isEqualTo(100);
        assertThat(engine.answer(ended.session(), "more").notice()).contains("finished");
    }

    @Test
    @DisplayName("the scorecard gives per-topic averages, a signal, and the heaviest gaps to study with references")
    void scorecard() {
        InterviewEngine engine = gilOnly();
        InterviewSession s = engine.start("u", new SessionSpec(Topic.GIL, Level.MID, 1, Mode.COACH, 0, 1), Set.of()).session();

        Reply done = engine.answer(s, "Only one thread runs bytecode at a time. The GIL is released during blocking I/O.");

        Scorecard card = done.scorecard();
        assertThat(card.questions().get(0).outcome()).isEqualTo(Outcome.BUDGET_SPENT);
        assertThat(card.topicAverages()).containsEntry(Topic.GIL, card.average());
        assertThat(card.signal()).isEqualTo(HiringSignal.NO_HIRE);
        assertThat(card.studyNext()).hasSize(3);
        assertThat(card.studyNext().get(0).conceptId()).isIn("protects-interpreter-state", "compound-ops-not-atomic");
        assertThat(card.studyNext()).allSatisfy(i -> assertThat(i.reference()).startsWith("https://"));
    }

    @Test
    @DisplayName("hiring signal thresholds, and two standing misconceptions cap the verdict")
    void hiringSignal() {
        assertThat(HiringSignal.of(80, 3, 0)).isEqualTo(HiringSignal.STRONG_HIRE);
        assertThat(HiringSignal.of(79.9, 3, 0)).isEqualTo(HiringSignal.HIRE);
        assertThat(HiringSignal.of(65, 3, 0)).isEqualTo(HiringSignal.HIRE);
        assertThat(HiringSignal.of(45, 3, 0)).isEqualTo(HiringSignal.LEAN_NO_HIRE);
        assertThat(HiringSignal.of(44, 3, 0)).isEqualTo(HiringSignal.NO_HIRE);
        assertThat(HiringSignal.of(90, 3, 2)).isEqualTo(HiringSignal.LEAN_NO_HIRE);
        assertThat(HiringSignal.of(0, 0, 0)).isEqualTo(HiringSignal.INCOMPLETE);
    }

    @Test
    @DisplayName("a topic with no questions is refused with a message that says what to do")
    void noQuestions() {
        InterviewEngine engine = gilOnly();

        assertThatThrownBy(() -> engine.start("u", new SessionSpec(Topic.GC, null, 1, Mode.COACH, 2, 1), Set.of()))
                .isInstanceOf(InterviewException.class)
                .hasMessage("There are no questions for topic gc. Try another topic or level.");
    }
}
