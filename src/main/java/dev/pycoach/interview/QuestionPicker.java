package dev.pycoach.interview;

import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Picks a session's questions: by topic and level when asked, never the same question twice in a session,
 * in an order drawn from the session's seed so the same seed replays the same interview. With no topic
 * given, topics take turns, so a mock interview is not three questions on one subject.
 * <p>
 * With a user's history, questions come in tiers: those with a concept due for review, then unseen ones, then
 * the rest; questions answered recently come last (due ones first), so they are used only when nothing else
 * is left.
 */
public final class QuestionPicker {

    public List<String> pick(QuestionBank bank, SessionSpec spec, Set<String> avoid) {
        return pick(bank, spec, PickHints.avoiding(avoid));
    }

    public List<String> pick(QuestionBank bank, SessionSpec spec, PickHints hints) {
        List<Question> pool = new ArrayList<>(bank.select(Optional.ofNullable(spec.topic()),
                Optional.ofNullable(spec.level())));
        Random random = new Random(spec.seed());
        Collections.shuffle(pool, random);
        List<List<Question>> tiers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tiers.add(new ArrayList<>());
        }
        for (Question q : pool) {
            tiers.get(tier(q.id(), hints)).add(q);
        }
        List<String> picked = new ArrayList<>();
        for (List<Question> tier : tiers) {
            picked.addAll(interleaveTopics(tier, random));
        }
        return List.copyOf(picked.subList(0, Math.min(spec.questions(), picked.size())));
    }

    private static int tier(String id, PickHints hints) {
        boolean due = hints.due().contains(id);
        if (hints.recent().contains(id)) {
            return due ? 3 : 4;
        }
        return due ? 0 : hints.seen().contains(id) ? 2 : 1;
    }

    private static List<String> interleaveTopics(List<Question> shuffled, Random random) {
        Map<Topic, List<Question>> byTopic = new LinkedHashMap<>();
        shuffled.forEach(q -> byTopic.computeIfAbsent(q.topic(), t -> new ArrayList<>()).add(q));
        List<Iterator<Question>> queues = new ArrayList<>(byTopic.values().stream().map(List::iterator).toList());
        Collections.shuffle(queues, random);
        List<String> order = new ArrayList<>();
        while (!queues.isEmpty()) {
            for (Iterator<Iterator<Question>> it = queues.iterator(); it.hasNext(); ) {
                Iterator<Question> queue = it.next();
                if (queue.hasNext()) {
                    order.add(queue.next().id());
                } else {
                    it.remove();
                }
            }
        }
        return order;
    }
}
