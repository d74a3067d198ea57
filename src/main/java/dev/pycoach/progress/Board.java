package dev.pycoach.progress;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which ranking a server leaderboard shows. */
public enum Board {
    /** Points earned this week (Monday to Sunday in the server's zone). */
    WEEK("week"),
    /** Points earned last week. */
    LAST_WEEK("last-week"),
    /** The live daily-question streak in the server. */
    STREAK("streak");

    private final String slug;

    Board(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Board> fromSlug(String slug) {
        return Arrays.stream(values()).filter(b -> b.slug.equals(slug.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
