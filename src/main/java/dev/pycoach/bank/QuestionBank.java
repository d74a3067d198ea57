package dev.pycoach.bank;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The validated, immutable question bank. */
public final class QuestionBank {
    private final List<Question> questions;
    private final Map<String, Question> byId;

    public QuestionBank(List<Question> questions) {
        this.questions = questions.stream().sorted(Comparator.comparing(Question::topic)
                .thenComparing(Question::level).thenComparing(Question::id)).toList();
        this.byId = this.questions.stream().collect(Collectors.toMap(Question::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Questions of the topic and level when given, in bank order. */
    public List<Question> select(Optional<Topic> topic, Optional<Level> level) {
        return questions.stream()
                .filter(q -> topic.map(t -> t == q.topic()).orElse(true))
                .filter(q -> level.map(l -> l == q.level()).orElse(true))
                .toList();
    }

    public BankStats stats() {
        Map<Topic, Map<Level, Integer>> counts = new EnumMap<>(Topic.class);
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        int concepts = 0;
        int probes = 0;
        for (Question q : questions) {
            counts.computeIfAbsent(q.topic(), t -> new EnumMap<>(Level.class)).merge(q.level(), 1, Integer::sum);
            kinds.merge(q.kind(), 1, Integer::sum);
            concepts += q.concepts().size();
            probes += q.probes().size();
        }
        return new BankStats(questions.size(), counts.size(), concepts, probes, counts, kinds);
    }
}
