package dev.pycoach.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The full bank's breadth: every topic at every level, enough code reading, deep ladders on key topics. */
class BankCoverageTest {
    private static final Set<Topic> KEY_TOPICS = EnumSet.of(Topic.GIL, Topic.GC, Topic.MEMORY, Topic.BYTECODE,
            Topic.DESCRIPTORS, Topic.METAPROGRAMMING, Topic.DECORATORS, Topic.CONTEXT_MANAGERS, Topic.CONCURRENCY);
    private final QuestionBank bank = TestBanks.real();

    @Test
    @DisplayName("at least 120 questions; every one of the 15 topics has 6+ questions at all three levels")
    void everyTopicAtEveryLevel() {
        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(120);
        Map<Topic, List<Question>> byTopic = bank.questions().stream().collect(Collectors.groupingBy(Question::topic));
        assertThat(byTopic.keySet()).containsExactlyInAnyOrder(Topic.values());
        byTopic.forEach((topic, questions) -> {
            assertThat(questions).as(topic.slug()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(questions.stream().map(Question::level).collect(Collectors.toSet())).as(topic.slug())
                    .containsExactlyInAnyOrder(Level.values());
        });
    }

    @Test
    @DisplayName("at least 30 code-reading questions, and every kind is used")
    void kindsAreMixed() {
        assertThat(bank.questions().stream().filter(q -> q.kind() == Kind.CODE_READING)).hasSizeGreaterThanOrEqualTo(30);
        assertThat(bank.questions().stream().map(Question::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    @DisplayName("every question has 3+ probes; key topics have a probe ladder at least 3 deep")
    void probeLadders() {
        assertThat(bank.questions()).allSatisfy(q -> assertThat(q.probes()).as(q.id()).hasSizeGreaterThanOrEqualTo(3));
        for (Topic topic : KEY_TOPICS) {
            assertThat(bank.questions().stream().filter(q -> q.topic() == topic))
                    .as("a 3-deep ladder in " + topic.slug()).anyMatch(q -> ladderDepth(q) >= 3);
        }
    }

    private static int ladderDepth(Question q) {
        int best = 0;
        for (Probe p : q.probes()) {
            if (p.isDeeper()) {
                int depth = 1;
                Probe current = p;
                while (current.after() != null) {
                    String after = current.after();
                    current = q.probe(after).orElse(null);
                    if (current == null) {
                        break;
                    }
                    depth++;
                }
                best = Math.max(best, depth);
            }
        }
        return best;
    }
}
