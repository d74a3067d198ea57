package dev.pycoach.progress;

import java.time.Instant;

/**
 * The review schedule of one concept for one user.
 *
 * @param conceptKey {@code questionId/conceptId}
 * @param easiness SM-2's easiness factor, at least {@value ReviewPolicy#MIN_EASINESS}
 * @param intervalDays the interval that set {@code dueAt}
 * @param repetitions successful recalls in a row
 * @param lapses times the concept was missed
 */
public record ReviewItem(String conceptKey, double easiness, int intervalDays, int repetitions, int lapses,
                         Instant dueAt, Instant reviewedAt) {

    public static String key(String questionId, String conceptId) {
        return questionId + "/" + conceptId;
    }

    public String questionId() {
        return conceptKey.substring(0, conceptKey.indexOf('/'));
    }

    public String conceptId() {
        return conceptKey.substring(conceptKey.indexOf('/') + 1);
    }

    public boolean dueBy(Instant now) {
        return !dueAt.isAfter(now);
    }
}
