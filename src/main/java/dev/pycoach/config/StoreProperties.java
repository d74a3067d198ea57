package dev.pycoach.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pycoach.store.*}. The database itself is Spring's {@code spring.datasource.*}, set from
 * {@code PYCOACH_DATABASE_URL}, {@code PYCOACH_DATABASE_USER} and {@code PYCOACH_DATABASE_PASSWORD}.
 *
 * @param enabled false runs without a database (sessions in memory, no progress kept): what {@code grade} uses
 * @param cacheSize live sessions kept in memory at most ({@code PYCOACH_SESSION_CACHE_SIZE})
 * @param idle how long an untouched live session stays in memory ({@code PYCOACH_SESSION_IDLE})
 */
@ConfigurationProperties("pycoach.store")
public record StoreProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10000") long cacheSize,
                              @DefaultValue("30m") Duration idle) {
    public StoreProperties {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("pycoach.store.cache-size must be at least 1, got " + cacheSize);
        }
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("pycoach.store.idle must be positive, got " + idle);
        }
    }
}
