package dev.pycoach.interview;

import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Rubric;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.Grader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs interviews: question asked → answer graded → probes → next question → scorecard. Pure and
 * platform-free; every call takes a session and returns a new one inside a {@link Reply}.
 */
public final class InterviewEngine {
    private final QuestionBank bank;
    private final Grader grader;
    private final ProbePlanner planner;
    private final QuestionPicker picker;
    private final PlannerPolicy policy;
    private final ScorecardBuilder scorecards;
    private final Clock clock;
    private final Supplier<String> ids;

    public InterviewEngine(QuestionBank bank, Grader grader, PlannerPolicy policy, QuestionPicker picker,
                           Clock clock, Supplier<String> ids) {
        this.bank = bank;
        this.grader = grader;
        this.policy = policy;
        this.planner = new ProbePlanner(policy);
        this.picker = picker;
        this.scorecards = new ScorecardBuilder(bank, policy);
        this.clock = clock;
        this.ids = ids;
    }

    public QuestionBank bank() {
        return bank;
    }

    /** Starts a session; {@code avoid} lists questions to use only when nothing else is left. */
    public Reply start(String userId, SessionSpec spec, Set<String> avoid) {
        return start(userId, spec, PickHints.avoiding(avoid));
    }

    /** Starts a session, picking with the user's history (see {@link QuestionPicker}). */
    public Reply start(String userId, SessionSpec spec, PickHints hints) {
        List<String> questionIds = picker.pick(bank, spec, hints);
        if (questionIds.isEmpty()) {
            throw new InterviewException("There are no questions for "
                    + (spec.topic() == null ? "any topic" : "topic " + spec.topic().slug())
                    + (spec.level() == null ? "" : " at level " + spec.level().slug())
                    + ". Try another topic or level.");
        }
        Instant now = clock.instant();
        List<QuestionRecord> records = questionIds.stream().map(QuestionRecord::open).toList();
        InterviewSession session = new InterviewSession(ids.get(), userId, spec, questionIds, 0, null, records,
                Set.of(), SessionStatus.AWAITING_ANSWER, 1, now, now);
        String notice = questionIds.size() < spec.questions()
                ? "Only " + questionIds.size() + " question(s) match, so this session has " + questionIds.size() + "."
                : null;
        return new Reply(session, null, askFor(session), null, notice);
    }

    public Reply answer(InterviewSession session, String text) {
        if (session.finished()) {
            return finishedReply(session);
        }
        if (text == null || text.isBlank()) {
            return new Reply(session, null, null, null, "That answer was empty. Write your answer, or skip.");
        }
        Question question = currentQuestion(session);
        String ref = session.pendingProbe();
        Rubric rubric = ref == null ? question : resolve(question, ref);
        Assessment assessment = grader.assess(rubric, text);
        QuestionRecord record = session.currentRecord().with(Turn.answered(ref, assessment));
        PlanDecision decision = decide(session, question, record);
        Feedback feedback = session.spec().mode() == Mode.COACH
                ? new Feedback(rubric, assessment, decision.reason()) : null;
        return proceed(session.withRecord(record, clock.instant()), record, decision, feedback, null);
    }

    public Reply skip(InterviewSession session) {
        if (session.finished()) {
            return finishedReply(session);
        }
        Question question = currentQuestion(session);
        String ref = session.pendingProbe();
        Instant now = clock.instant();
        if (ref == null) {
            QuestionRecord record = session.currentRecord().with(Turn.skipped(null)).closed(Outcome.SKIPPED);
            return next(session.withRecord(record, now).advance().bumped(now), null, "Skipped.");
        }
        QuestionRecord record = session.currentRecord().with(Turn.skipped(ref));
        InterviewSession updated = session.withSkippedProbe(skipKey(question, ref)).withRecord(record, now);
        return proceed(updated, record, decide(updated, question, record), null, "Skipped that follow-up.");
    }

    public Reply hint(InterviewSession session) {
        if (session.finished()) {
            return finishedReply(session);
        }
        Question question = currentQuestion(session);
        QuestionRecord record = session.currentRecord();
        if (record.hintsShown() >= question.hints().size()) {
            return new Reply(session, null, null, null,
                    "No more hints for this question. Answer what you can, or skip.");
        }
        String hint = question.hints().get(record.hintsShown());
        return new Reply(session.withRecord(record.withHint(), clock.instant()).bumped(clock.instant()), null, null, null,
                "Hint " + (record.hintsShown() + 1) + "/" + question.hints().size() + ": " + hint);
    }

    /** The model answer of the current question, once it has been answered (coach mode only). */
    public Reply modelAnswer(InterviewSession session) {
        if (session.finished()) {
            return finishedReply(session);
        }
        if (session.spec().mode() != Mode.COACH) {
            return new Reply(session, null, null, null,
                    "In interview mode the model answers come with the scorecard.");
        }
        if (!session.currentRecord().answered()) {
            return new Reply(session, null, null, null,
                    "Have a go first (or skip): the model answer is shown once you have answered.");
        }
        return new Reply(session, null, null, null, "Model answer:\n" + currentQuestion(session).modelAnswer().strip());
    }

    /** Re-shows where the candidate is, without changing anything. */
    public Reply current(InterviewSession session) {
        if (session.finished()) {
            return finishedReply(session);
        }
        return new Reply(session, null, askFor(session), null, null);
    }

    public Reply end(InterviewSession session) {
        if (session.finished()) {
            return finishedReply(session);
        }
        List<QuestionRecord> closed = new ArrayList<>();
        for (QuestionRecord r : session.records()) {
            if (r.outcome() != null) {
                closed.add(r);
            } else if (!r.answered()) {
                closed.add(r.closed(Outcome.NOT_REACHED));
            } else {
                Question q = bank.find(r.questionId()).orElseThrow();
                boolean sufficient = new QuestionProgress(q, r.turns(), policy).sufficient();
                closed.add(r.closed(sufficient ? Outcome.SUFFICIENT : Outcome.GAPS_REMAIN));
            }
        }
        InterviewSession finished = session.finished(closed, clock.instant()).bumped(clock.instant());
        return new Reply(finished, null, null, scorecards.build(finished), "Interview ended.");
    }

    public Scorecard scorecard(InterviewSession session) {
        return scorecards.build(session);
    }

    private PlanDecision decide(InterviewSession session, Question question, QuestionRecord record) {
        Set<String> unavailable = new HashSet<>();
        record.turns().stream().filter(t -> !t.isMain()).forEach(t -> unavailable.add(t.probeRef()));
        String prefix = question.id() + "/";
        session.skippedProbes().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> unavailable.add(k.substring(prefix.length())));
        int budgetLeft = session.spec().probeBudget() - (int) record.probesAsked();
        return planner.plan(new QuestionProgress(question, record.turns(), policy), unavailable, budgetLeft);
    }

    private Reply proceed(InterviewSession session, QuestionRecord record, PlanDecision decision, Feedback feedback,
                          String notice) {
        if (decision.asksProbe()) {
            InterviewSession waiting = session.awaitingProbe(decision.probe().id()).bumped(clock.instant());
            return new Reply(waiting, feedback, askFor(waiting), null, notice);
        }
        InterviewSession moved = session.withRecord(record.closed(decision.outcome()), clock.instant()).advance();
        return next(moved.bumped(clock.instant()), feedback, notice);
    }

    private Reply next(InterviewSession session, Feedback feedback, String notice) {
        if (session.finished()) {
            return new Reply(session, feedback, null, scorecards.build(session), notice);
        }
        return new Reply(session, feedback, askFor(session), null, notice);
    }

    private Ask askFor(InterviewSession session) {
        Question question = currentQuestion(session);
        int number = session.index() + 1;
        int total = session.questionIds().size();
        String ref = session.pendingProbe();
        if (ref == null) {
            return new Ask(number, total, question, null, null);
        }
        Probe probe = resolve(question, ref);
        return new Ask(number, total, question, probe,
                ProbeRefs.isChallenge(ref) ? probe.misconceptions().get(0) : null);
    }

    private Reply finishedReply(InterviewSession session) {
        return new Reply(session, null, null, scorecards.build(session),
                "This interview is finished. Start a new one whenever you like.");
    }

    private Question currentQuestion(InterviewSession session) {
        String id = session.currentQuestionId();
        return bank.find(id).orElseThrow(() -> new InterviewException(
                "The question '" + id + "' is no longer in the bank; please end this interview and start a new one."));
    }

    private static Probe resolve(Question question, String ref) {
        return ProbeRefs.resolve(question, ref).orElseThrow(() -> new InterviewException(
                "The follow-up '" + ref + "' is no longer in the bank; skip it to go on."));
    }

    private static String skipKey(Question question, String ref) {
        return question.id() + "/" + ref;
    }
}
