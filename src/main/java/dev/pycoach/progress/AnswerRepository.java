package dev.pycoach.progress;

import dev.pycoach.bank.Topic;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The log of every graded answer. */
public interface AnswerRepository {

    void add(AnswerRecord answer);

    /** Questions the user answered (main answer or follow-up) at or after {@code since}. */
    Set<String> questionsSince(String userId, Instant since);

    /** How many answers the user gave and their average score (0 when none). */
    Totals totals(String userId);

    /** The user's answers to questions themselves (not follow-ups), oldest first. */
    List<MainAnswer> mainAnswers(String userId);

    /**
     * The practice days of the user's answers in the order they were given, for rebuilding a streak: every
     * answer's day for the personal scope, only those given in that server for a server scope.
     */
    List<LocalDate> practiceDays(String userId, StreakScope scope);

    record Totals(long answers, double averageScore) {
    }

    record MainAnswer(String questionId, Topic topic, int score, Instant answeredAt) {
    }
}
