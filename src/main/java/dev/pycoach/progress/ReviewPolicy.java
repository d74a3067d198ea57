package dev.pycoach.progress;

import java.time.Duration;
import java.time.Instant;

/**
 * SM-2-style spacing: a failed recall (quality below 3) starts the concept over and brings it back within a day;
 * a successful one spaces it further, by the easiness factor, which SM-2's formula raises for solid recalls and
 * lowers for shaky ones. One departure from SM-2: the first successful interval depends on how solid the recall
 * was (1 day shaky, 6 days solid), so a concept covered cleanly on first sight does not come back tomorrow.
 */
public final class ReviewPolicy {
    public static final double INITIAL_EASINESS = 2.5;
    public static final double MIN_EASINESS = 1.3;
    private static final Duration DAY = Duration.ofDays(1);

    public ReviewItem review(ReviewItem previous, String conceptKey, Recall recall, Instant now) {
        int q = recall.quality();
        double easiness = previous == null ? INITIAL_EASINESS : previous.easiness();
        easiness = Math.max(MIN_EASINESS, easiness + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02));
        int lapses = previous == null ? 0 : previous.lapses();
        int repetitions;
        int interval;
        if (q < 3) {
            repetitions = 0;
            interval = 1;
            lapses++;
        } else {
            repetitions = previous == null ? 1 : previous.repetitions() + 1;
            interval = repetitions == 1 ? firstInterval(q)
                    : Math.max(previous.intervalDays() + 1, (int) Math.round(previous.intervalDays() * easiness));
        }
        return new ReviewItem(conceptKey, easiness, interval, repetitions, lapses, now.plus(DAY.multipliedBy(interval)), now);
    }

    private static int firstInterval(int quality) {
        return quality >= 5 ? 6 : quality == 4 ? 3 : 1;
    }
}
