package dev.pycoach.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Weekly points and the per-server rankings. Rankings leave out users who opted out; ties share a rank and are
 * listed by user id.
 */
public interface LeaderboardRepository {

    /** Adds an answer's points to the user's week (the Monday it starts on). */
    void addPoints(String userId, LocalDate weekStart, int points);

    /** Server members by points in that week, members with no points left out. */
    List<LeaderboardEntry> topByPoints(String serverId, LocalDate weekStart, int limit);

    /** The member's row by points in that week, empty when they have none, opted out, or are not a member. */
    Optional<LeaderboardEntry> entryByPoints(String serverId, LocalDate weekStart, String userId);

    /** Members by their live daily-question streak in the server (a streak whose {@code breaksAt} has passed is 0). */
    List<LeaderboardEntry> topByStreak(String serverId, Instant now, int limit);

    /** The member's row by live streak, empty when they have no live streak there or opted out. */
    Optional<LeaderboardEntry> entryByStreak(String serverId, Instant now, String userId);
}
