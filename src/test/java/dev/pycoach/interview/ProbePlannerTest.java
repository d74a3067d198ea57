package dev.pycoach.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import dev.pycoach.bank.Question;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.MisconceptionHit;
import dev.pycoach.grading.LexicalGrader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProbePlannerTest {
    private static final String ALL_BUT_INTERNALS = "Only one thread runs Python bytecode at a time. "
            + "But x += 1 is not atomic: a thread can switch between the load and the store. "
            + "So use a threading.Lock for shared state. The GIL is released during blocking I/O.";
    private final LexicalGrader grader = new LexicalGrader();
    private final ProbePlanner planner = new ProbePlanner(PlannerPolicy.DEFAULT);
    private final Question gil = TestBanks.question("gil-what-it-protects");

    private PlanDecision plan(Set<String> unavailable, int budget, String... answers) {
        List<Turn> turns = new ArrayList<>();
        turns.add(Turn.answered(null, grader.assess(gil, answers[0])));
        for (int i = 1; i < answers.length; i += 2) {
            String ref = answers[i];
            turns.add(Turn.answered(ref, grader.assess(ProbeRefs.resolve(gil, ref).orElseThrow(), answers[i + 1])));
        }
        return planner.plan(new QuestionProgress(gil, turns, PlannerPolicy.DEFAULT), unavailable, budget);
    }

    @Test
    @DisplayName("a misconception is challenged first, graded against the concepts it refutes")
    void misconceptionIsChallenged() {
        PlanDecision d = plan(Set.of(), 2, "The GIL makes lists thread-safe, so you never need locks.");

        assertThat(d.probe().id()).isEqualTo("challenge:gil-makes-code-thread-safe");
        assertThat(d.probe().prompt()).contains("fewer increments");
        assertThat(d.probe().concepts()).extracting(c -> c.id()).containsExactly("compound-ops-not-atomic", "use-locks");
    }

    @Test
    @DisplayName("of two misconceptions, the one the bank lists first is challenged, whatever order the grader reports")
    void challengeFollowsTheBanksOrder() {
        Assessment found = grader.assess(gil, "Threads are useless in CPython because of the GIL. "
                + "And the GIL makes code thread-safe, so you never need locks.");
        assertThat(found.misconceptions()).hasSize(2);
        List<MisconceptionHit> backwards = new ArrayList<>(found.misconceptions());
        Collections.reverse(backwards);
        Assessment reversed = new Assessment(found.rubricId(), found.concepts(), backwards, found.score());

        for (Assessment a : List.of(found, reversed)) {
            PlanDecision d = planner.plan(new QuestionProgress(gil, List.of(Turn.answered(null, a)), PlannerPolicy.DEFAULT),
                    Set.of(), 2);
            assertThat(d.probe().id()).isEqualTo("challenge:gil-makes-code-thread-safe");
        }
    }

    @Test
    @DisplayName("the heaviest missed concept gets its targeted probe")
    void heaviestMissedConceptIsProbed() {
        PlanDecision d = plan(Set.of(), 2, "Only one thread runs bytecode at a time. The GIL is released during blocking I/O.");

        assertThat(d.probe().id()).isEqualTo("why-refcounting-needs-it");
        assertThat(d.probe().targets()).isEqualTo("protects-interpreter-state");
    }

    @Test
    @DisplayName("when the core is covered, the planner goes one rung deeper, then the next rung")
    void deeperLadder() {
        PlanDecision first = plan(Set.of(), 2, gil.modelAnswer());
        PlanDecision second = plan(Set.of("free-threading-status"), 1, gil.modelAnswer(), "free-threading-status",
                "3.13 made it experimental as python3.13t; 3.14 made it officially supported but optional, not the default. "
                        + "Code needs explicit locks because there are more races. Extensions without Py_mod_gil re-enable the GIL.");

        assertThat(first.probe().id()).isEqualTo("free-threading-status");
        assertThat(second.probe().id()).isEqualTo("biased-refcounting");
    }

    @Test
    @DisplayName("a deeper probe answered poorly ends the question as sufficient")
    void weakDeeperAnswerMovesOn() {
        PlanDecision d = plan(Set.of("free-threading-status"), 1, gil.modelAnswer(), "free-threading-status", "No idea.");

        assertThat(d.asksProbe()).isFalse();
        assertThat(d.outcome()).isEqualTo(Outcome.SUFFICIENT);
    }

    @Test
    @DisplayName("a gap with no budget left is 'budget spent'; a sufficient answer with no budget is 'sufficient'")
    void budgetSpentIsNotSufficient() {
        assertThat(plan(Set.of(), 0, ALL_BUT_INTERNALS.replace("Only one thread runs Python bytecode at a time. ", ""))
                .outcome()).isEqualTo(Outcome.BUDGET_SPENT);
        assertThat(plan(Set.of(), 0, gil.modelAnswer()).outcome()).isEqualTo(Outcome.SUFFICIENT);
    }

    @Test
    @DisplayName("probes already asked or skipped are never chosen again")
    void unavailableProbesAreNotChosen() {
        String weak = "Only one thread runs bytecode at a time.";

        PlanDecision d = plan(Set.of("why-refcounting-needs-it"), 2, weak);
        PlanDecision none = plan(Set.of("why-refcounting-needs-it", "when-threads-win"), 2, weak);

        assertThat(d.probe().id()).isEqualTo("when-threads-win");
        assertThat(none.asksProbe()).isFalse();
        assertThat(none.outcome()).isEqualTo(Outcome.GAPS_REMAIN);
    }

    @Test
    @DisplayName("a targeted probe answered well recovers its concept, so the answer can become sufficient")
    void targetedProbeRecoversConcept() {
        List<Turn> turns = List.of(
                Turn.answered(null, grader.assess(gil, ALL_BUT_INTERNALS)),
                Turn.answered("why-refcounting-needs-it", grader.assess(gil.probe("why-refcounting-needs-it").orElseThrow(),
                        "Incrementing ob_refcnt is a read-modify-write, not atomic, so a lost update frees an object "
                                + "still in use and crashes; atomic ops everywhere would be slow.")));
        QuestionProgress progress = new QuestionProgress(gil, turns, PlannerPolicy.DEFAULT);

        assertThat(new QuestionProgress(gil, turns.subList(0, 1), PlannerPolicy.DEFAULT).sufficient()).isFalse();
        assertThat(progress.sufficient()).isTrue();
        Assessment first = turns.get(0).assessment();
        assertThat(progress.score()).isGreaterThan(first.score()).isLessThan(100);
    }
}
