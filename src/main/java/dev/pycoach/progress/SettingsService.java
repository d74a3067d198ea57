package dev.pycoach.progress;

import dev.pycoach.interview.Transactions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** User and server settings: time zones (validated IANA ids) and the leaderboard opt-out. */
public final class SettingsService {
    /** Discord shows at most 25 autocomplete choices. */
    public static final int MAX_SUGGESTIONS = 25;
    private final SettingsRepository settings;
    private final StreakService streaks;
    private final Transactions transactions;
    private final Clock clock;

    public SettingsService(SettingsRepository settings, StreakService streaks, Transactions transactions, Clock clock) {
        this.settings = settings;
        this.streaks = streaks;
        this.transactions = transactions;
        this.clock = clock;
    }

    public UserSettings settings(String userId) {
        return settings.user(userId).orElse(UserSettings.defaults(userId));
    }

    /**
     * Sets the user's zone. Days already practised keep the date they had; today and when a streak breaks are
     * reckoned in the new zone from now on.
     *
     * @throws TimeZones.UnknownTimeZoneException for anything but an IANA zone id, with a message for the user
     */
    public ZoneId setTimeZone(String userId, String zone) {
        ZoneId parsed = TimeZones.parse(zone);
        changeZone(userId, parsed);
        return parsed;
    }

    /** Forgets the user's zone: their server's is used again, else UTC. */
    public void clearTimeZone(String userId) {
        changeZone(userId, null);
    }

    private void changeZone(String userId, ZoneId zone) {
        transactions.run(() -> {
            var before = streaks.zonesOf(userId);
            settings.saveUser(settings(userId).withZone(zone), clock.instant());
            streaks.rezone(userId, before);
        });
    }

    /** Autocomplete for the zone option: up to {@value #MAX_SUGGESTIONS} IANA ids matching what was typed. */
    public List<String> suggestZones(String typed) {
        return TimeZones.suggest(typed, MAX_SUGGESTIONS);
    }

    public void setLeaderboardOptOut(String userId, boolean optOut) {
        settings.saveUser(settings(userId).withOptOut(optOut), clock.instant());
    }

    /** A server's zone, used for members who set none (admin setting). */
    public ZoneId setServerTimeZone(String serverId, String zone) {
        ZoneId parsed = TimeZones.parse(zone);
        settings.saveServerZone(serverId, parsed, clock.instant());
        return parsed;
    }
}
