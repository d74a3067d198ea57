package dev.pycoach.discord;

import dev.pycoach.progress.Board;
import dev.pycoach.progress.LeaderboardEntry;
import dev.pycoach.progress.LeaderboardService.Leaderboard;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * {@code /leaderboard}: the top of a server's board and, when outside it, the viewer's own row. Members are shown as
 * mentions, which never ping (allowed mentions are empty on every message). Those who opted out are not on the board
 * the domain returns, so they never appear here. Pure.
 */
final class LeaderboardView {
    static final int COLOR = 0xFFB300;

    MessageCreateData board(Leaderboard board, String viewerId) {
        List<String> lines = new ArrayList<>();
        boolean viewerShown = false;
        for (LeaderboardEntry e : board.top()) {
            boolean you = e.userId().equals(viewerId);
            viewerShown |= you;
            lines.add(row(board.board(), e, you));
        }
        if (!viewerShown && board.viewer().isPresent()) {
            lines.add("\u2026");
            lines.add(row(board.board(), board.viewer().get(), true));
        }
        if (board.top().isEmpty()) {
            lines.add(board.board() == Board.STREAK
                    ? "No daily-question streaks here yet: answer the server's daily question to start one."
                    : "Nobody has points " + (board.board() == Board.LAST_WEEK ? "from last week" : "this week")
                    + " yet. Answer a question with `/practice` or `/interview start` to get on the board.");
        }
        if (board.viewerOptedOut()) {
            lines.add("");
            lines.add("You are hidden from leaderboards; `/settings leaderboard show` puts you back.");
        }
        String footer = switch (board.board()) {
            case WEEK, LAST_WEEK -> "Week of " + ProgressView.day(board.weekStart())
                    + " (server time) \u00b7 points are your answers' scores";
            case STREAK -> "Live daily-question streaks in this server";
        };
        return Outgoing.builder().setEmbeds(new EmbedFit().title(title(board.board())).color(COLOR)
                .description(String.join("\n", lines))
                .footer(footer + " \u00b7 /settings leaderboard hide keeps you off the boards").build()).build();
    }

    private static String title(Board board) {
        return switch (board) {
            case WEEK -> "\ud83c\udfc6 Leaderboard \u00b7 this week";
            case LAST_WEEK -> "\ud83c\udfc6 Leaderboard \u00b7 last week";
            case STREAK -> "\ud83d\udd25 Leaderboard \u00b7 daily-question streaks";
        };
    }

    private static String row(Board board, LeaderboardEntry e, boolean you) {
        String value = board == Board.STREAK ? ProgressView.days(e.value())
                : e.value() + (e.value() == 1 ? " point" : " points");
        return "**" + e.rank() + ".** " + SafeText.mention(e.userId()) + " \u2014 " + value + (you ? " \u2190 you" : "");
    }
}
