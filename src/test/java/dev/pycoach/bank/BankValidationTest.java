package dev.pycoach.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BankValidationTest {

    private static final String VALID = """
            questions:
              - id: sample-question
                topic: gil
                level: senior
                kind: concept
                prompt: What does the GIL protect?
                concepts:
                  - id: refcounts
                    point: Reference counts.
                    weight: 2
                    cues: [reference count]
                  - id: not-atomic
                    point: Compound operations are not atomic.
                    weight: 3
                    cues: [not atomic]
                misconceptions:
                  - id: thread-safe
                    claim: The GIL makes code thread-safe.
                    cues: [gil & thread safe]
                    correction: It does not.
                    challenge: Why do updates get lost then?
                    refutes: [not-atomic]
                probes:
                  - id: why
                    targets: refcounts
                    prompt: Why do refcounts need it?
                    concepts:
                      - id: rmw
                        point: Read-modify-write.
                        weight: 1
                        cues: [read modify write]
                  - id: deeper-one
                    targets: deeper
                    prompt: Free threading?
                    concepts:
                      - id: biased
                        point: Biased refcounting.
                        weight: 1
                        cues: [biased]
                  - id: deeper-two
                    targets: deeper
                    after: deeper-one
                    prompt: Immortal objects?
                    concepts:
                      - id: immortal
                        point: Immortal objects.
                        weight: 1
                        cues: [immortal]
                hints: [Think about refcounts.]
                model_answer: It protects reference counts; compound operations are not atomic.
                references: [https://docs.python.org/3/glossary.html]
            """;

    private static List<BankProblem> problems(String yaml) {
        return problems(List.of(new BankSource("questions/test.yaml", yaml)));
    }

    private static List<BankProblem> problems(List<BankSource> sources) {
        try {
            new BankLoader().load(sources);
            return List.of();
        } catch (BankException e) {
            return e.problems();
        }
    }

    @Test
    @DisplayName("a valid file loads with its probe ladder and source line")
    void validFileLoads() {
        QuestionBank bank = new BankLoader().load(List.of(new BankSource("questions/test.yaml", VALID)));

        Question q = bank.find("sample-question").orElseThrow();
        assertThat(q.topic()).isEqualTo(Topic.GIL);
        assertThat(q.probes()).extracting(Probe::id).containsExactly("why", "deeper-one", "deeper-two");
        assertThat(q.probe("deeper-two").orElseThrow().after()).isEqualTo("deeper-one");
        assertThat(q.source()).isEqualTo(new SourceRef("questions/test.yaml", 2));
    }

    @Test
    @DisplayName("a duplicate id across files names both places")
    void duplicateIds() {
        List<BankProblem> problems = problems(List.of(new BankSource("questions/a.yaml", VALID),
                new BankSource("questions/b.yaml", VALID)));

        assertThat(problems).extracting(BankProblem::toString)
                .containsExactly("questions/b.yaml:2: duplicate question id 'sample-question' (first defined at questions/a.yaml:2)");
    }

    @Test
    @DisplayName("a probe that targets an unknown concept is reported on its targets line")
    void unknownProbeTarget() {
        assertThat(problems(VALID.replace("targets: refcounts", "targets: refcount")))
                .extracting(BankProblem::toString)
                .containsExactly("questions/test.yaml:25: probe 'why' targets unknown concept 'refcount' "
                        + "(known: refcounts, not-atomic, or 'deeper')");
    }

    @Test
    @DisplayName("a probe after an unknown probe is reported")
    void unknownAfter() {
        assertThat(problems(VALID.replace("after: deeper-one", "after: deeper-1")))
                .extracting(BankProblem::toString)
                .containsExactly("questions/test.yaml:42: probe 'deeper-two' comes after unknown probe 'deeper-1'");
    }

    @Test
    @DisplayName("a question without concepts is an empty rubric")
    void emptyRubric() {
        String yaml = VALID.replaceAll("(?s)    concepts:\\n      - id: refcounts.*?cues: \\[not atomic\\]\\n",
                "    concepts: []\n");

        assertThat(problems(yaml)).extracting(BankProblem::message)
                .contains("empty rubric: question 'sample-question' has no concepts");
        assertThat(problems(yaml).get(0).line()).isEqualTo(7);
    }

    @Test
    @DisplayName("a weight of zero or less is reported on the weight line")
    void nonPositiveWeight() {
        assertThat(problems(VALID.replace("weight: 3", "weight: 0")))
                .extracting(BankProblem::toString)
                .containsExactly("questions/test.yaml:14: concept 'not-atomic' needs a positive weight, got 0");
    }

    @Test
    @DisplayName("a cue pattern that does not compile is reported with the regex error")
    void invalidCuePattern() {
        List<BankProblem> problems = problems(VALID.replace("cues: [read modify write]", "cues: [\"/read (modify/\"]"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString())
                .startsWith("questions/test.yaml:31: concept 'rmw': invalid cue pattern /read (modify/: Unclosed group");
    }

    @Test
    @DisplayName("a cue pattern that opens with a guard (tried at every position, slow) is reported with the fix")
    void leadingGuardPattern() {
        for (String slow : List.of("/(?s)(?<!myth.{0,100})read modify write/", "/(?=(?!.{0,50}but)read modify write)read/",
                "/(?<=load.{0,40})modify/")) {
            assertThat(problems(VALID.replace("cues: [read modify write]", "cues: [\"" + slow.replace("\\", "\\\\") + "\"]")))
                    .extracting(BankProblem::toString).singleElement().asString()
                    .contains("starts with a look-behind or negative look-ahead").contains("/(?=core)(?<!guard)core/");
        }
        assertThat(problems(VALID.replace("cues: [read modify write]",
                "cues: [\"/(?s)(?=read modify write)(?<!myth.{0,100})read/\", \"/^(?!.*myth).*read modify write/\"]"))).isEmpty();
    }

    @Test
    @DisplayName("a bare null cue is reported with its line instead of crashing the loader")
    void nullCue() {
        assertThat(problems(VALID.replace("cues: [read modify write]", "cues: [read modify write, null]")))
                .extracting(BankProblem::toString)
                .containsExactly("questions/test.yaml:31: concept 'rmw': empty cue (YAML reads a bare null or ~ as nothing: quote it)");
    }

    @Test
    @DisplayName("unknown topic, level and kind each name the allowed values")
    void unknownEnums() {
        List<BankProblem> problems = problems(VALID.replace("topic: gil", "topic: gill")
                .replace("level: senior", "level: junior").replace("kind: concept", "kind: trivia"));

        assertThat(problems).extracting(BankProblem::toString).containsExactly(
                "questions/test.yaml:3: unknown topic 'gill' (known: " + Topic.slugs() + ")",
                "questions/test.yaml:4: unknown level 'junior' (known: mid, senior, staff)",
                "questions/test.yaml:5: unknown kind 'trivia' (known: concept, code-reading, design, debugging)");
    }

    @Test
    @DisplayName("a question without a prompt is reported")
    void missingPrompt() {
        assertThat(problems(VALID.replace("    prompt: What does the GIL protect?\n", "")))
                .extracting(BankProblem::toString)
                .containsExactly("questions/test.yaml:2: question 'sample-question' has no prompt");
    }

    @Test
    @DisplayName("a misconception that refutes an unknown concept is reported")
    void unknownRefutes() {
        assertThat(problems(VALID.replace("refutes: [not-atomic]", "refutes: [atomic]")))
                .extracting(BankProblem::message)
                .containsExactly("misconception 'thread-safe' refutes unknown concept 'atomic' (known: refcounts, not-atomic)");
    }

    @Test
    @DisplayName("a YAML syntax error and an unknown field are located")
    void syntaxAndUnknownField() {
        assertThat(problems(VALID.replace("point: Reference counts.", "point: Reference: counts.")))
                .extracting(BankProblem::toString)
                .containsExactly("questions/test.yaml:9: mapping values are not allowed here");
        assertThat(problems(VALID.replace("    hints:", "    hintz:")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(49);
                    assertThat(p.message()).contains("\"hintz\"");
                });
    }

    @Test
    @DisplayName("a bad question is reported with every problem, not only the first")
    void allProblemsReported() {
        assertThatThrownBy(() -> new BankLoader().load(List.of(new BankSource("questions/test.yaml",
                VALID.replace("weight: 3", "weight: -1").replace("topic: gil", "topic: nope")))))
                .isInstanceOf(BankException.class)
                .satisfies(e -> assertThat(((BankException) e).problems()).hasSize(2));
    }
}
