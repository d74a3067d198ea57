package dev.pycoach.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** User preferences, per-server settings and who belongs to a server's leaderboard. */
public interface SettingsRepository {

    Optional<UserSettings> user(String userId);

    void saveUser(UserSettings settings, Instant now);

    Optional<ZoneId> serverZone(String serverId);

    void saveServerZone(String serverId, ZoneId zone, Instant now);

    /** Puts the user on the server's leaderboard (idempotent). */
    void addMember(String serverId, String userId, Instant now);
}
