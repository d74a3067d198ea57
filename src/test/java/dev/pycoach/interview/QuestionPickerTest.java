package dev.pycoach.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import dev.pycoach.bank.Level;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Topic;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuestionPickerTest {
    private final QuestionBank bank = TestBanks.real();
    private final QuestionPicker picker = new QuestionPicker();

    @Test
    @DisplayName("topic and level filter the questions; different seeds give different orders")
    void filtersAndSeeds() {
        List<String> a = picker.pick(bank, new SessionSpec(Topic.GIL, null, 3, Mode.COACH, 2, 1), Set.of());
        assertThat(a).allSatisfy(id -> assertThat(TestBanks.question(id).topic()).isEqualTo(Topic.GIL));
        List<String> mid = picker.pick(bank, new SessionSpec(null, Level.MID, 10, Mode.COACH, 2, 1), Set.of());
        assertThat(mid).allSatisfy(id -> assertThat(TestBanks.question(id).level()).isEqualTo(Level.MID));
        assertThat(java.util.stream.LongStream.range(1, 20)
                .mapToObj(seed -> picker.pick(bank, new SessionSpec(null, null, 3, Mode.COACH, 2, seed), Set.of()))
                .distinct().count()).isGreaterThan(1);
    }

    @Test
    @DisplayName("with no topic given, the first questions come from different topics")
    void topicsTakeTurns() {
        long topics = bank.questions().stream().map(Question::topic).distinct().count();
        int n = (int) Math.min(3, topics);

        List<String> picked = picker.pick(bank, new SessionSpec(null, null, n, Mode.COACH, 2, 5), Set.of());

        assertThat(picked.stream().map(id -> TestBanks.question(id).topic()).distinct()).hasSize(n);
    }

    @Test
    @DisplayName("recently answered questions come last, used only when nothing else is left")
    void avoidsRecentQuestions() {
        List<String> gil = bank.select(java.util.Optional.of(Topic.GIL), java.util.Optional.empty()).stream()
                .map(Question::id).toList();
        Set<String> recent = Set.of(gil.get(0));

        List<String> picked = picker.pick(bank, new SessionSpec(Topic.GIL, null, gil.size(), Mode.COACH, 2, 9), recent);

        assertThat(picked).hasSize(gil.size()).doesNotHaveDuplicates();
        assertThat(picked.get(picked.size() - 1)).isEqualTo(gil.get(0));
    }
}
