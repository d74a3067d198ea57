package dev.pycoach.bank;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How deep a question goes: a solid senior baseline, a strong senior, or staff-level internals. */
public enum Level {
    MID, SENIOR, STAFF;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> fromSlug(String slug) {
        return Arrays.stream(values()).filter(l -> l.slug().equalsIgnoreCase(slug.trim())).findFirst();
    }

    public static String slugs() {
        return String.join(", ", Arrays.stream(values()).map(Level::slug).toList());
    }
}
