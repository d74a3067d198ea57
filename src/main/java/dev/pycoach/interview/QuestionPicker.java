package dev.pycoach.interview;

import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Picks a session's questions: by topic and level when asked, never the same question twice in a session,
 * in an order drawn from the session's seed so the same seed replays the same interview. Questions in
 * {@code avoid} (recently answered) are used only when nothing else is left.
 */
public final class QuestionPicker {

    public List<String> pick(QuestionBank bank, SessionSpec spec, Set<String> avoid) {
        List<Question> pool = new ArrayList<>(bank.select(Optional.ofNullable(spec.topic()),
                Optional.ofNullable(spec.level())));
        Collections.shuffle(pool, new Random(spec.seed()));
        List<String> fresh = pool.stream().map(Question::id).filter(id -> !avoid.contains(id)).toList();
        List<String> stale = pool.stream().map(Question::id).filter(avoid::contains).toList();
        List<String> picked = new ArrayList<>(fresh);
        picked.addAll(stale);
        return List.copyOf(picked.subList(0, Math.min(spec.questions(), picked.size())));
    }
}
