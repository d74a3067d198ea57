package dev.pycoach.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} events per user in a window that opens at the user's first event (Caffeine drops the
 * window when it ends, so memory follows active users only). The first refusal in a window is marked, so the
 * bot says "slow down" once instead of answering every spam message.
 */
final class RateLimiter {
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Window> windows;

    RateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.windows = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(1_000_000).ticker(ticker).build();
    }

    Decision acquire(String userId) {
        Instant now = clock.instant();
        Window w = windows.get(userId, k -> new Window(now));
        if (w.count.incrementAndGet() <= limit) {
            return new Decision(true, false, Duration.ZERO);
        }
        Duration retry = Duration.between(now, w.start.plus(window));
        return new Decision(false, w.noticed.compareAndSet(false, true), retry.isNegative() ? Duration.ZERO : retry);
    }

    /**
     * @param firstRefusal true for the first refusal of the window: tell the user once
     * @param retryAfter when the window closes
     */
    record Decision(boolean allowed, boolean firstRefusal, Duration retryAfter) {
        /** "12 s", "4 min": rounded up, never zero. */
        String waitText() {
            long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
            return seconds < 90 ? seconds + " s" : ((seconds + 59) / 60) + " min";
        }
    }

    private static final class Window {
        private final Instant start;
        private final AtomicInteger count = new AtomicInteger();
        private final AtomicBoolean noticed = new AtomicBoolean();

        private Window(Instant start) {
            this.start = start;
        }
    }
}
