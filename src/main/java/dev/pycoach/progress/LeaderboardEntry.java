package dev.pycoach.progress;

/** One row of a leaderboard: competition rank (ties share a rank), the user and their value. */
public record LeaderboardEntry(int rank, String userId, int value) {
}
