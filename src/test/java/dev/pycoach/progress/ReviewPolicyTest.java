package dev.pycoach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReviewPolicyTest {
    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");
    private final ReviewPolicy policy = new ReviewPolicy();

    @Test
    @DisplayName("a missed concept comes back within a day; a solid one in 6 days; a shaky one in 1")
    void firstIntervals() {
        assertThat(policy.review(null, "q/c", Recall.MISSED, NOW).dueAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(policy.review(null, "q/c", Recall.WRONG, NOW).intervalDays()).isEqualTo(1);
        assertThat(policy.review(null, "q/c", Recall.SOLID, NOW).dueAt()).isEqualTo(NOW.plus(Duration.ofDays(6)));
        assertThat(policy.review(null, "q/c", Recall.SHAKY, NOW).intervalDays()).isEqualTo(1);
    }

    @Test
    @DisplayName("solid recalls space the concept out by the easiness factor; a miss starts it over and counts a lapse")
    void spacing() {
        ReviewItem first = policy.review(null, "q/c", Recall.SOLID, NOW);
        ReviewItem second = policy.review(first, "q/c", Recall.SOLID, NOW.plus(Duration.ofDays(6)));
        ReviewItem third = policy.review(second, "q/c", Recall.SOLID, NOW.plus(Duration.ofDays(22)));
        ReviewItem missed = policy.review(third, "q/c", Recall.MISSED, NOW.plus(Duration.ofDays(80)));

        assertThat(second.intervalDays()).isEqualTo(16);
        assertThat(third.intervalDays()).isGreaterThan(second.intervalDays() * 2);
        assertThat(third.repetitions()).isEqualTo(3);
        assertThat(missed).extracting(ReviewItem::intervalDays, ReviewItem::repetitions, ReviewItem::lapses)
                .containsExactly(1, 0, 1);
        assertThat(missed.easiness()).isLessThan(third.easiness());
    }

    @Test
    @DisplayName("easiness never drops below 1.3, however often a concept is missed")
    void easinessFloor() {
        ReviewItem item = null;
        for (int i = 0; i < 20; i++) {
            item = policy.review(item, "q/c", Recall.WRONG, NOW);
        }
        assertThat(item.easiness()).isEqualTo(ReviewPolicy.MIN_EASINESS);
        assertThat(item.lapses()).isEqualTo(20);
    }
}
