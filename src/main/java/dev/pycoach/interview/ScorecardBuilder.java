package dev.pycoach.interview;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Misconception;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Topic;
import dev.pycoach.grading.Coverage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds the scorecard of a session from its records. */
final class ScorecardBuilder {
    private static final int STUDY_ITEMS = 3;
    private final QuestionBank bank;
    private final PlannerPolicy policy;

    ScorecardBuilder(QuestionBank bank, PlannerPolicy policy) {
        this.bank = bank;
        this.policy = policy;
    }

    Scorecard build(InterviewSession session) {
        List<Scorecard.QuestionScore> scores = new ArrayList<>();
        List<Candidate> gaps = new ArrayList<>();
        Map<Topic, List<Integer>> byTopic = new EnumMap<>(Topic.class);
        int standing = 0;
        for (QuestionRecord record : session.records()) {
            Question q = bank.find(record.questionId()).orElse(null);
            if (q == null) {
                continue;
            }
            QuestionProgress progress = new QuestionProgress(q, record.turns(), policy);
            Outcome outcome = record.outcome() == null ? Outcome.NOT_REACHED : record.outcome();
            List<Misconception> wrong = progress.standingMisconceptions();
            if (!wrong.isEmpty()) {
                standing++;
            }
            scores.add(new Scorecard.QuestionScore(q.id(), q.topic(), title(q), progress.score(), outcome,
                    q.concepts().stream().filter(c -> progress.coverage(c.id()) == Coverage.COVERED)
                            .map(Concept::point).toList(),
                    progress.gaps().stream().map(Concept::point).toList(),
                    wrong.stream().map(Misconception::correction).toList(),
                    (int) record.probesAsked(), progress.depth(), q.modelAnswer().strip()));
            if (outcome != Outcome.NOT_REACHED) {
                byTopic.computeIfAbsent(q.topic(), t -> new ArrayList<>()).add(progress.score());
                progress.gaps().forEach(c -> gaps.add(new Candidate(q, c)));
            }
        }
        int reached = byTopic.values().stream().mapToInt(List::size).sum();
        double average = byTopic.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).average()
                .orElse(0);
        Map<Topic, Integer> topicAverages = new EnumMap<>(Topic.class);
        byTopic.forEach((t, s) -> topicAverages.put(t,
                (int) Math.round(s.stream().mapToInt(Integer::intValue).average().orElse(0))));
        return new Scorecard(session.id(), scores, topicAverages, (int) Math.round(average),
                HiringSignal.of(average, reached, standing), studyNext(gaps));
    }

    private record Candidate(Question question, Concept concept) {
    }

    private static List<Scorecard.StudyItem> studyNext(List<Candidate> gaps) {
        return gaps.stream()
                .sorted(Comparator.comparing((Candidate c) -> c.concept().weight()).reversed())
                .limit(STUDY_ITEMS)
                .map(c -> new Scorecard.StudyItem(c.question().id(), c.concept().id(), c.concept().point(),
                        c.concept().explain(), c.question().references().isEmpty() ? null
                        : c.question().references().get(0)))
                .toList();
    }

    /** The first line of the prompt, as a short title. */
    static String title(Question q) {
        String first = q.prompt().strip().lines().findFirst().orElse(q.id());
        return first.length() <= 90 ? first : first.substring(0, 89) + "\u2026";
    }
}
