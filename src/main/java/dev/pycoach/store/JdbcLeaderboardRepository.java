package dev.pycoach.store;

import dev.pycoach.progress.LeaderboardEntry;
import dev.pycoach.progress.LeaderboardRepository;
import dev.pycoach.progress.StreakScope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Weekly points in {@code weekly_points}; rankings over {@code server_members} and {@code streaks}, leaving out
 * users who opted out.
 */
public final class JdbcLeaderboardRepository implements LeaderboardRepository {
    private static final String SHOWN = "coalesce(u.leaderboard_opt_out, false) = false";
    private static final String POINTS_FROM = """
             from server_members m
             join weekly_points w on w.user_id = m.user_id and w.week_start = :week
             left join users u on u.user_id = m.user_id
            where m.server_id = :server and w.points > 0 and\s""" + SHOWN;
    private static final String STREAK_FROM = """
             from streaks s
             left join users u on u.user_id = s.user_id
            where s.scope = :scope and s.breaks_at > :now and\s""" + SHOWN;
    private final JdbcClient jdbc;

    public JdbcLeaderboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addPoints(String userId, LocalDate weekStart, int points) {
        Map<String, Object> params = Map.of("user", userId, "week", weekStart, "points", points);
        if (jdbc.sql("""
                update weekly_points set points = points + :points, answers = answers + 1
                 where user_id = :user and week_start = :week""").params(params).update() == 0) {
            jdbc.sql("insert into weekly_points (user_id, week_start, points, answers) values (:user, :week, :points, 1)")
                    .params(params).update();
        }
    }

    @Override
    public List<LeaderboardEntry> topByPoints(String serverId, LocalDate weekStart, int limit) {
        return top("select m.user_id, w.points as rank_value" + POINTS_FROM + " order by w.points desc, m.user_id limit :limit",
                Map.of("server", serverId, "week", weekStart, "limit", limit));
    }

    @Override
    public Optional<LeaderboardEntry> entryByPoints(String serverId, LocalDate weekStart, String userId) {
        return entry("w.points", POINTS_FROM, Map.of("server", serverId, "week", weekStart), userId);
    }

    @Override
    public List<LeaderboardEntry> topByStreak(String serverId, Instant now, int limit) {
        return top("select s.user_id, s.current_days as rank_value" + STREAK_FROM
                        + " order by s.current_days desc, s.user_id limit :limit",
                Map.of("scope", StreakScope.server(serverId).key(), "now", Sql.ts(now), "limit", limit));
    }

    @Override
    public Optional<LeaderboardEntry> entryByStreak(String serverId, Instant now, String userId) {
        return entry("s.current_days", STREAK_FROM,
                Map.of("scope", StreakScope.server(serverId).key(), "now", Sql.ts(now)), userId);
    }

    /** Competition ranking: a row's rank is one more than the rows with a higher value (all listed above it). */
    private List<LeaderboardEntry> top(String sql, Map<String, Object> params) {
        List<LeaderboardEntry> listed = jdbc.sql(sql).params(params)
                .query((rs, i) -> new LeaderboardEntry(i + 1, rs.getString("user_id"), rs.getInt("rank_value"))).list();
        List<LeaderboardEntry> ranked = new ArrayList<>();
        for (LeaderboardEntry e : listed) {
            LeaderboardEntry previous = ranked.isEmpty() ? null : ranked.get(ranked.size() - 1);
            ranked.add(previous != null && previous.value() == e.value()
                    ? new LeaderboardEntry(previous.rank(), e.userId(), e.value()) : e);
        }
        return ranked;
    }

    private Optional<LeaderboardEntry> entry(String valueColumn, String from, Map<String, Object> params, String userId) {
        String owner = valueColumn.startsWith("w.") ? "m.user_id" : "s.user_id";
        Map<String, Object> mine = new HashMap<>(params);
        mine.put("viewer", userId);
        Optional<Integer> value = jdbc.sql("select " + valueColumn + from + " and " + owner + " = :viewer")
                .params(mine).query(Integer.class).optional();
        return value.map(v -> {
            Map<String, Object> above = new HashMap<>(params);
            above.put("value", v);
            long higher = jdbc.sql("select count(*)" + from + " and " + valueColumn + " > :value")
                    .params(above).query(Long.class).single();
            return new LeaderboardEntry((int) higher + 1, userId, v);
        });
    }
}
