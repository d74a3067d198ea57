package dev.pycoach.progress;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose calendar a day is counted in: the user's zone, else their server's, else UTC. Also parses and suggests
 * IANA zone ids for the settings command.
 */
public final class TimeZones {
    private static final List<String> IANA = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted().toList();
    private final SettingsRepository settings;

    public TimeZones(SettingsRepository settings) {
        this.settings = settings;
    }

    /**
     * The zone of the user's days: their own, else that of {@code serverId} (the server of the answer or streak
     * in question; for a DM, null, their home server's), else UTC.
     */
    public ZoneId zoneOf(String userId, String serverId) {
        return zoneOf(settings.user(userId).orElse(UserSettings.defaults(userId)), serverId);
    }

    /** {@link #zoneOf(String, String)} for settings already read. */
    public ZoneId zoneOf(UserSettings user, String serverId) {
        if (user.zone() != null) {
            return user.zone();
        }
        String server = serverId != null ? serverId : user.homeServerId();
        return server == null ? ZoneOffset.UTC : settings.serverZone(server).orElse(ZoneOffset.UTC);
    }

    /** Parses an IANA zone id ("Europe/Paris"), case-insensitively, or says what was wrong. */
    public static ZoneId parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Optional<String> exact = IANA.stream().filter(id -> id.equalsIgnoreCase(trimmed)).findFirst();
        if (exact.isPresent()) {
            return ZoneId.of(exact.get());
        }
        if (trimmed.equalsIgnoreCase("UTC")) {
            return ZoneOffset.UTC;
        }
        List<String> close = suggest(trimmed, 3);
        throw new UnknownTimeZoneException("'" + trimmed + "' is not a time zone I know. Use an IANA name such as "
                + "Europe/Paris or America/New_York" + (close.isEmpty() ? "." : "; did you mean " + String.join(", ", close) + "?"));
    }

    /**
     * Up to {@code limit} zone ids for what was typed so far: ids starting with it, then ids with a part
     * starting with it ("york" finds America/New_York), then ids containing it; all when nothing is typed.
     * A typo past a good prefix still finds something: the text is shortened until it matches.
     */
    public static List<String> suggest(String typed, int limit) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        while (true) {
            String query = q;
            List<String> found = IANA.stream()
                    .filter(id -> id.toLowerCase(Locale.ROOT).contains(query))
                    .sorted(Comparator.comparingInt((String id) -> rank(id.toLowerCase(Locale.ROOT), query)))
                    .limit(limit).toList();
            if (!found.isEmpty() || q.length() <= 3) {
                return found;
            }
            q = q.substring(0, q.length() - 1);
        }
    }

    private static int rank(String id, String q) {
        if (id.startsWith(q)) {
            return 0;
        }
        for (String part : id.split("[/_]")) {
            if (part.startsWith(q)) {
                return 1;
            }
        }
        return 2;
    }

    /** An unknown zone, with a message fit to show the user. */
    public static final class UnknownTimeZoneException extends DateTimeException {
        public UnknownTimeZoneException(String message) {
            super(message);
        }
    }
}
