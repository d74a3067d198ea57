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
 * given, topics take turns, so a mock interview is not three questions on one subject. Questions in
 * {@code avoid} (recently answered) are used only when nothing else is left.
 */
public final class QuestionPicker {

    public List<String> pick(QuestionBank bank, SessionSpec spec, Set<String> avoid) {
        List<Question> pool = new ArrayList<>(bank.select(Optional.ofNullable(spec.topic()),
                Optional.ofNullable(spec.level())));
        Random random = new Random(spec.seed());
        Collections.shuffle(pool, random);
        List<String> picked = new ArrayList<>(interleaveTopics(pool.stream().filter(q -> !avoid.contains(q.id())).toList(), random));
        picked.addAll(interleaveTopics(pool.stream().filter(q -> avoid.contains(q.id())).toList(), random));
        return List.copyOf(picked.subList(0, Math.min(spec.questions(), picked.size())));
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
