package dev.pycoach.progress;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Topic;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A user's statistics for {@code /stats}: answers, average score, mastery per topic, streak, weakest concepts. */
public final class StatsService {
    public static final int WEAKEST = 5;
    private final AnswerRepository answers;
    private final ReviewRepository reviews;
    private final StreakService streaks;
    private final QuestionBank bank;
    private final Clock clock;

    public StatsService(AnswerRepository answers, ReviewRepository reviews, StreakService streaks, QuestionBank bank,
                        Clock clock) {
        this.answers = answers;
        this.reviews = reviews;
        this.streaks = streaks;
        this.bank = bank;
        this.clock = clock;
    }

    public UserStats statsFor(String userId) {
        AnswerRepository.Totals totals = answers.totals(userId);
        Instant now = clock.instant();
        List<ReviewItem> schedule = reviews.all(userId);
        int due = (int) schedule.stream().filter(i -> i.dueBy(now)).count();
        List<WeakConcept> weakest = new ArrayList<>();
        for (ReviewItem item : reviews.weakest(userId, WEAKEST * 2)) {
            Question q = bank.find(item.questionId()).orElse(null);
            Concept c = q == null ? null : q.concept(item.conceptId()).orElse(null);
            if (c != null && item.lapses() > 0 && weakest.size() < WEAKEST) {
                weakest.add(new WeakConcept(q.id(), q.topic(), c.id(), c.point(), item.lapses(), item.dueAt()));
            }
        }
        return new UserStats(userId, totals.answers(), totals.averageScore(), mastery(answers.mainAnswers(userId)),
                streaks.personal(userId), weakest, due);
    }

    /**
     * Mastery per topic: the average of the latest score on each question of the topic the user answered, so
     * an old weak answer stops counting once the question is answered well.
     */
    static Map<Topic, TopicMastery> mastery(List<AnswerRepository.MainAnswer> mainAnswersOldestFirst) {
        Map<String, AnswerRepository.MainAnswer> latest = new LinkedHashMap<>();
        mainAnswersOldestFirst.forEach(a -> latest.put(a.questionId(), a));
        Map<Topic, int[]> sums = new EnumMap<>(Topic.class);
        latest.values().forEach(a -> {
            int[] s = sums.computeIfAbsent(a.topic(), t -> new int[2]);
            s[0] += a.score();
            s[1]++;
        });
        Map<Topic, TopicMastery> mastery = new EnumMap<>(Topic.class);
        sums.forEach((topic, s) -> mastery.put(topic, new TopicMastery(topic, s[1], (int) Math.round((double) s[0] / s[1]))));
        return mastery;
    }

    /**
     * @param averageScore over every graded answer, follow-ups included
     * @param mastery per topic answered, in topic order
     * @param dueReviews concepts due for review now
     */
    public record UserStats(String userId, long answers, double averageScore, Map<Topic, TopicMastery> mastery,
                            Streak streak, List<WeakConcept> weakest, int dueReviews) {
    }

    /** @param mastery 0–100, the average latest score over {@code questions} questions */
    public record TopicMastery(Topic topic, int questions, int mastery) {
    }

    /** A concept the user keeps missing, with what a strong answer says about it. */
    public record WeakConcept(String questionId, Topic topic, String conceptId, String point, int lapses,
                              Instant dueAt) {
    }
}
