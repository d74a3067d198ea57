package dev.pycoach.progress;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/** Per-server leaderboards by weekly points and by daily-question streak, without those who opted out. */
public final class LeaderboardService {
    public static final int DEFAULT_SIZE = 10;
    private final LeaderboardRepository boards;
    private final SettingsRepository settings;
    private final Clock clock;

    public LeaderboardService(LeaderboardRepository boards, SettingsRepository settings, Clock clock) {
        this.boards = boards;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The top {@code size} of the server's board, and where the viewer stands when they are on it.
     *
     * @param viewerId who asked; their own row is returned even when outside the top
     */
    public Leaderboard board(String serverId, Board board, String viewerId, int size) {
        Instant now = clock.instant();
        boolean optedOut = settings.user(viewerId).map(UserSettings::leaderboardOptOut).orElse(false);
        if (board == Board.STREAK) {
            List<LeaderboardEntry> top = boards.topByStreak(serverId, now, size);
            return new Leaderboard(board, null, top,
                    optedOut ? Optional.empty() : boards.entryByStreak(serverId, now, viewerId), optedOut);
        }
        LocalDate week = now.atZone(settings.serverZone(serverId).orElse(ZoneOffset.UTC)).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(board == Board.LAST_WEEK ? 1 : 0);
        List<LeaderboardEntry> top = boards.topByPoints(serverId, week, size);
        return new Leaderboard(board, week, top,
                optedOut ? Optional.empty() : boards.entryByPoints(serverId, week, viewerId), optedOut);
    }

    /**
     * @param weekStart the Monday of the week shown, null for the streak board
     * @param viewer the viewer's row, empty when they are not on this board
     * @param viewerOptedOut the viewer is hidden from leaderboards (say so, and how to undo it)
     */
    public record Leaderboard(Board board, LocalDate weekStart, List<LeaderboardEntry> top,
                              Optional<LeaderboardEntry> viewer, boolean viewerOptedOut) {
    }
}
