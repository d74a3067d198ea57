package dev.pycoach.discord;

import dev.pycoach.progress.Board;
import dev.pycoach.progress.LeaderboardService;
import dev.pycoach.progress.SettingsService;
import dev.pycoach.progress.StatsService;
import dev.pycoach.progress.StreakService;
import dev.pycoach.progress.TimeZones;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command;

/**
 * {@code /streak}, {@code /stats}, {@code /leaderboard} and {@code /settings}: parse, one service call, a pure view.
 * Without the database store (the {@code nostore} profile) there are no progress services: the commands stay
 * registered and say so politely.
 */
final class ProgressCommand {
    static final String NOT_STORED = "Progress isn't stored in this mode (the bot runs without its database), so "
            + "there are no streaks, stats, leaderboards or settings. Interviews and `/practice` still work.";
    private final Services services;
    private final Views views;
    private final Clock clock;

    /** The progress services, all present with the database store. */
    record Services(StreakService streaks, StatsService stats, LeaderboardService boards, SettingsService settings) {
    }

    /** @param services null without the database store */
    ProgressCommand(Services services, Views views, Clock clock) {
        this.services = services;
        this.views = views;
        this.clock = clock;
    }

    /**
     * @param targetId whose streak; the viewer's own when they named nobody
     * @param serverId the server the command ran in, null in a DM
     */
    void streak(String viewerId, String targetId, boolean targetIsBot, String serverId, InteractionReply reply) {
        if (targetIsBot) {
            throw new UserFacingException("Bots don't practise, so they have no streak. Try `/streak` on yourself "
                    + "or another member.");
        }
        reply.send(List.of(views.progress().streak(require().streaks().view(viewerId, targetId, serverId), viewerId)));
    }

    void stats(String userId, InteractionReply reply) {
        reply.send(List.of(views.progress().stats(require().stats().statsFor(userId))));
    }

    /** @param period a {@link Board} slug, null for this week */
    void leaderboard(String userId, String serverId, String period, InteractionReply reply) {
        if (serverId == null) {
            throw new UserFacingException("Leaderboards belong to a server: use `/leaderboard` in a server we share. "
                    + "Your own progress is in `/stats` and `/streak`.");
        }
        Board board = period == null || period.isBlank() ? Board.WEEK : Board.fromSlug(period).orElseThrow(() ->
                new UserFacingException("Unknown period " + SafeText.inlineCode(period, 30)
                        + ". Periods: week, last-week, streak."));
        reply.send(List.of(views.leaderboard().board(
                require().boards().board(serverId, board, userId, LeaderboardService.DEFAULT_SIZE), userId)));
    }

    void timeZone(String userId, String zone, InteractionReply reply) {
        SettingsService settings = require().settings();
        try {
            ZoneId set = settings.setTimeZone(userId, zone);
            reply.send(List.of(views.settings().timeZoneSet(ZonedDateTime.now(clock.withZone(set)))));
        } catch (TimeZones.UnknownTimeZoneException e) {
            reply.send(List.of(views.settings().unknownZone(zone, settings.suggestZones(zone))));
        }
    }

    /** @param visibility {@code show} or {@code hide} */
    void leaderboardVisibility(String userId, String visibility, InteractionReply reply) {
        String v = visibility == null ? "" : visibility.strip().toLowerCase(Locale.ROOT);
        if (!v.equals(CommandCatalog.SHOW) && !v.equals(CommandCatalog.HIDE)) {
            throw new UserFacingException("Choose `show` or `hide`, not " + SafeText.inlineCode(visibility, 30) + ".");
        }
        boolean hide = v.equals(CommandCatalog.HIDE);
        require().settings().setLeaderboardOptOut(userId, hide);
        reply.send(List.of(views.settings().leaderboardVisibility(hide)));
    }

    /**
     * @param serverId null in a DM
     * @param canManageServer whether the member has Manage Server in that server
     */
    void serverTimeZone(String serverId, boolean canManageServer, String zone, InteractionReply reply) {
        if (serverId == null) {
            throw new UserFacingException("That is a server setting: use it in the server. Your own zone is "
                    + "`/settings timezone`.");
        }
        if (!canManageServer) {
            throw new UserFacingException("Only members with the **Manage Server** permission can set the server's "
                    + "time zone. Your own zone is `/settings timezone`.");
        }
        SettingsService settings = require().settings();
        try {
            ZoneId set = settings.setServerTimeZone(serverId, zone);
            reply.send(List.of(views.settings().serverTimeZoneSet(ZonedDateTime.now(clock.withZone(set)))));
        } catch (TimeZones.UnknownTimeZoneException e) {
            reply.send(List.of(views.settings().unknownZone(zone, settings.suggestZones(zone))));
        }
    }

    /** Autocomplete for a zone option; none without the store. */
    List<Command.Choice> zoneChoices(String typed) {
        return services == null ? List.of() : views.settings().zoneChoices(services.settings().suggestZones(typed));
    }

    private Services require() {
        if (services == null) {
            throw new UserFacingException(NOT_STORED);
        }
        return services;
    }
}
