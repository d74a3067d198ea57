package dev.pycoach.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.LexicalGrader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks the real {@code questions/} folder: its shape, and that every rubric grades its own model answer. */
class BankContentTest {
    private static final String OFF_TOPIC = "I would use Django for the web layer and deploy it on Kubernetes.";
    private final QuestionBank bank = TestBanks.real();
    private final LexicalGrader grader = new LexicalGrader();

    @Test
    @DisplayName("the real bank loads: at least 20 questions over at least 6 topics")
    void realBankLoads() {
        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(bank.questions().stream().map(Question::topic).distinct()).hasSizeGreaterThanOrEqualTo(6);
    }

    @TestFactory
    @DisplayName("every question has a full rubric, misconceptions, a probe ladder, hints, a model answer and references")
    Stream<DynamicTest> everyQuestionIsComplete() {
        return bank.questions().stream().map(q -> DynamicTest.dynamicTest(q.id() + " (" + q.source() + ")", () -> {
            assertThat(q.concepts()).as("concepts").hasSizeGreaterThanOrEqualTo(4);
            assertThat(q.misconceptions()).as("misconceptions").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(m -> assertThat(m.correction()).isNotBlank());
            assertThat(q.probes()).as("probes").hasSizeGreaterThanOrEqualTo(2);
            assertThat(q.probes()).as("a deeper probe").anyMatch(Probe::isDeeper);
            int heaviest = q.concepts().stream().mapToInt(Concept::weight).max().orElseThrow();
            assertThat(q.concepts().stream().filter(c -> c.weight() == heaviest))
                    .as("a targeted probe for a heaviest concept")
                    .anyMatch(c -> q.probes().stream().anyMatch(p -> c.id().equals(p.targets())));
            assertThat(q.hints()).as("hints").hasSizeGreaterThanOrEqualTo(2);
            assertThat(q.modelAnswer()).as("model answer").isNotBlank();
            assertThat(q.references()).as("references").isNotEmpty();
        }));
    }

    @TestFactory
    @DisplayName("every model answer is graded as covering all its concepts, with no misconception")
    Stream<DynamicTest> modelAnswersCoverTheirRubric() {
        return bank.questions().stream().map(q -> DynamicTest.dynamicTest(q.id(), () -> {
            Assessment a = grader.assess(q, q.modelAnswer());
            assertThat(a.concepts().stream().filter(c -> c.coverage() != Coverage.COVERED).map(ConceptResult::conceptId))
                    .as("concepts the model answer does not cover").isEmpty();
            assertThat(a.misconceptions()).as("misconceptions hit by the model answer").isEmpty();
        }));
    }

    @TestFactory
    @DisplayName("a one-line off-topic answer covers no concept of any question or probe")
    Stream<DynamicTest> offTopicCoversNothing() {
        return bank.questions().stream().map(q -> DynamicTest.dynamicTest(q.id(), () -> {
            List<Rubric> rubrics = Stream.concat(Stream.of((Rubric) q), q.probes().stream()).toList();
            for (Rubric rubric : rubrics) {
                Assessment a = grader.assess(rubric, OFF_TOPIC);
                assertThat(a.concepts().stream().filter(c -> c.coverage() != Coverage.MISSED).map(ConceptResult::conceptId))
                        .as("concepts of %s earned by an off-topic line", rubric.id()).isEmpty();
                assertThat(a.misconceptions()).as("misconceptions of %s", rubric.id()).isEmpty();
            }
        }));
    }

    @Test
    @DisplayName("no two questions share a prompt")
    void promptsAreDistinct() {
        Set<String> prompts = bank.questions().stream().map(q -> q.prompt().strip().toLowerCase())
                .collect(Collectors.toSet());
        assertThat(prompts).hasSameSizeAs(bank.questions());
    }

    @Test
    @DisplayName("every code-reading question carries its code and an expected output")
    void codeReadingHasOutput() {
        assertThat(bank.questions().stream().filter(q -> q.kind() == Kind.CODE_READING))
                .allSatisfy(q -> assertThat(q.code().expectedOutput()).as(q.id()).isNotEmpty());
        assertThat(EnumSet.copyOf(bank.questions().stream().map(Question::kind).toList()))
                .contains(Kind.CONCEPT, Kind.CODE_READING);
    }
}
