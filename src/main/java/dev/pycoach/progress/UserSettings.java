package dev.pycoach.progress;

import java.time.ZoneId;
import java.util.Optional;

/**
 * A user's preferences.
 *
 * @param zone their own time zone, null when not set
 * @param homeServerId the server they last answered in, whose zone counts their days when they set none
 * @param leaderboardOptOut whether they are left off every leaderboard (and their streak hidden from others)
 */
public record UserSettings(String userId, ZoneId zone, String homeServerId, boolean leaderboardOptOut) {

    public static UserSettings defaults(String userId) {
        return new UserSettings(userId, null, null, false);
    }

    public Optional<ZoneId> zonePart() {
        return Optional.ofNullable(zone);
    }

    public UserSettings withZone(ZoneId newZone) {
        return new UserSettings(userId, newZone, homeServerId, leaderboardOptOut);
    }

    public UserSettings withHomeServer(String serverId) {
        return new UserSettings(userId, zone, serverId, leaderboardOptOut);
    }

    public UserSettings withOptOut(boolean optOut) {
        return new UserSettings(userId, zone, homeServerId, optOut);
    }
}
