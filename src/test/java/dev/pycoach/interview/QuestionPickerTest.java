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

    @Test
    @DisplayName("with history: due reviews first, then unseen, then seen; recent ones only when nothing else is left")
    void historyTiers() {
        List<String> all = bank.select(java.util.Optional.of(Topic.DESCRIPTORS), java.util.Optional.empty())
                .stream().map(Question::id).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(6);
        String due = all.get(0);
        String dueButRecent = all.get(1);
        Set<String> recent = Set.of(dueButRecent, all.get(2));
        Set<String> seen = Set.of(all.get(3), all.get(4));
        PickHints hints = new PickHints(recent, Set.of(due, dueButRecent), Set.of(due, dueButRecent, all.get(2), all.get(3), all.get(4)));

        for (long seed = 1; seed <= 10; seed++) {
            List<String> picked = picker.pick(bank, new SessionSpec(Topic.DESCRIPTORS, null, 10, Mode.COACH, 2, seed), hints);

            assertThat(picked.get(0)).isEqualTo(due);
            List<String> unseen = all.stream().filter(id -> !hints.seen().contains(id)).toList();
            assertThat(picked.subList(1, 1 + unseen.size())).containsExactlyInAnyOrderElementsOf(unseen);
            assertThat(picked.subList(1 + unseen.size(), 3 + unseen.size())).containsExactlyInAnyOrderElementsOf(seen);
            assertThat(picked.subList(picked.size() - 2, picked.size())).containsExactly(dueButRecent, all.get(2));
        }
    }

    @Test
    @DisplayName("recent-only hints pick exactly as the plain avoid list does")
    void avoidingIsTheOldBehaviour() {
        SessionSpec spec = new SessionSpec(null, null, 5, Mode.COACH, 2, 9);
        Set<String> avoid = Set.of(bank.questions().get(0).id(), bank.questions().get(1).id());

        assertThat(picker.pick(bank, spec, PickHints.avoiding(avoid))).isEqualTo(picker.pick(bank, spec, avoid));
    }
}
