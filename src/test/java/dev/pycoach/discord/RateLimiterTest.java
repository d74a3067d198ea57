package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    @DisplayName("limit per window per user; the first refusal is marked once; the window reopens when it ends")
    void windows() {
        MutableClock clock = new MutableClock();
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(30), clock);

        assertThat(limiter.acquire("u").allowed()).isTrue();
        assertThat(limiter.acquire("u").allowed()).isTrue();
        clock.now = clock.now.plusSeconds(10);
        RateLimiter.Decision refused = limiter.acquire("u");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.firstRefusal()).isTrue();
        assertThat(refused.waitText()).isEqualTo("20 s");
        assertThat(limiter.acquire("u").firstRefusal()).isFalse();
        assertThat(limiter.acquire("other").allowed()).isTrue();

        clock.now = clock.now.plusSeconds(21);
        assertThat(limiter.acquire("u").allowed()).isTrue();
    }

    @Test
    @DisplayName("waits are rounded up and shown in minutes past 90 seconds")
    void waitText() {
        assertThat(new RateLimiter.Decision(false, true, Duration.ofMillis(1)).waitText()).isEqualTo("1 s");
        assertThat(new RateLimiter.Decision(false, true, Duration.ofSeconds(250)).waitText()).isEqualTo("5 min");
    }
}
