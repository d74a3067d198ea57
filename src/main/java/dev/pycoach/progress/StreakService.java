package dev.pycoach.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Reads streaks as they stand today on the user's calendar. */
public final class StreakService {
    private final StreakRepository streaks;
    private final AnswerRepository answers;
    private final SettingsRepository settings;
    private final TimeZones zones;
    private final Clock clock;
    private final StreakPolicy policy = new StreakPolicy();

    public StreakService(StreakRepository streaks, AnswerRepository answers, SettingsRepository settings, Clock clock) {
        this.streaks = streaks;
        this.answers = answers;
        this.settings = settings;
        this.zones = new TimeZones(settings);
        this.clock = clock;
    }

    /** The user's personal practice streak. */
    public Streak personal(String userId) {
        return streak(StreakScope.PERSONAL, userId);
    }

    /** The user's daily-question streak in a server. */
    public Streak inServer(String userId, String serverId) {
        return streak(StreakScope.server(serverId), userId);
    }

    /**
     * What {@code /streak [user]} shows: the target's personal streak and, in a server, their streak there.
     * Someone who opted out of leaderboards keeps their streak private from others.
     *
     * @param serverId the server the command ran in, null in a DM
     */
    public StreakView view(String viewerId, String targetId, String serverId) {
        boolean self = viewerId.equals(targetId);
        if (!self && settings.user(targetId).map(UserSettings::leaderboardOptOut).orElse(false)) {
            return new StreakView(targetId, true, Streak.NONE, null);
        }
        return new StreakView(targetId, false, personal(targetId), serverId == null ? null : inServer(targetId, serverId));
    }

    /**
     * Rebuilds a streak from the answer log (every answer's recorded day, in order), as the stored one should be
     * when the user's zone never changed: for checking and repair.
     */
    public Streak rebuild(String userId, StreakScope scope) {
        StreakState state = policy.replay(answers.practiceDays(userId, scope));
        return policy.asOf(state, today(userId, scope));
    }

    /** The zone each of the user's stored streaks is counted in now: take it before changing a zone setting. */
    public Map<StreakScope, ZoneId> zonesOf(String userId) {
        Map<StreakScope, ZoneId> zonesNow = new HashMap<>();
        for (StreakRecord record : streaks.findAll(userId)) {
            zonesNow.put(record.scope(), zones.zoneOf(userId, record.scope().serverId()));
        }
        return zonesNow;
    }

    /**
     * Moves the user's streaks to the zones now in force (see {@link StreakPolicy#rezoned}), after a zone
     * setting changed, and recomputes when each breaks.
     *
     * @param before {@link #zonesOf} taken before the change
     */
    public void rezone(String userId, Map<StreakScope, ZoneId> before) {
        for (StreakRecord record : streaks.findAll(userId)) {
            ZoneId zone = zones.zoneOf(userId, record.scope().serverId());
            StreakState moved = policy.rezoned(record.state(), before.getOrDefault(record.scope(), zone), zone);
            streaks.save(new StreakRecord(record.scope(), userId, moved, policy.breaksAt(moved, zone)));
        }
    }

    private Streak streak(StreakScope scope, String userId) {
        StreakState state = streaks.find(scope, userId).map(StreakRecord::state).orElse(StreakState.NONE);
        return policy.asOf(state, today(userId, scope));
    }

    private LocalDate today(String userId, StreakScope scope) {
        return clock.instant().atZone(zones.zoneOf(userId, scope.serverId())).toLocalDate();
    }

    /**
     * @param hidden the target opted out and is not the viewer: show nothing but that
     * @param server the streak in the server the command ran in, null in a DM
     */
    public record StreakView(String userId, boolean hidden, Streak personal, Streak server) {
    }
}
