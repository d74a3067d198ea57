package dev.pycoach.interview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Coach gives feedback after every answer; interview holds it until the scorecard. */
public enum Mode {
    COACH, INTERVIEW;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> fromSlug(String slug) {
        return Arrays.stream(values()).filter(m -> m.slug().equalsIgnoreCase(slug.trim())).findFirst();
    }
}
