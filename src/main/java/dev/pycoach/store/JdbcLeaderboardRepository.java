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
 * Weekly points in {@code weekly_points} (per user) and {@code server_points} (the same points credited to each
 * server the user is a member of); rankings read {@code server_points} and {@code streaks} in index order,
 * leaving out users who opted out.
 */
public final class JdbcLeaderboardRepository implements LeaderboardRepository {
    private static final String SHOWN = "not exists (select 1 from users u where u.user_id = %s and u.leaderboard_opt_out)";
    private static final String POINTS_FROM = " from server_points p where p.server_id = :server and p.week_start = :week"
            + " and p.points > 0 and " + SHOWN.formatted("p.user_id");
    private static final String STREAK_FROM = " from streaks s where s.scope = :scope and s.breaks_at > :now and "
            + SHOWN.formatted("s.user_id");
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
        jdbc.sql("""
                update server_points set points = points + :points
                 where user_id = :user and week_start = :week
                   and server_id in (select m.server_id from server_members m where m.user_id = :user)""")
                .params(params).update();
        jdbc.sql("""
                insert into server_points (server_id, week_start, user_id, points)
                select m.server_id, :week, :user, :points from server_members m
                 where m.user_id = :user and not exists (select 1 from server_points p
                       where p.server_id = m.server_id and p.week_start = :week and p.user_id = :user)""")
                .params(params).update();
    }

    @Override
    public List<LeaderboardEntry> topByPoints(String serverId, LocalDate weekStart, int limit) {
        return top("select p.user_id, p.points as rank_value" + POINTS_FROM + " order by p.points desc, p.user_id limit :limit",
                Map.of("server", serverId, "week", weekStart, "limit", limit));
    }

    @Override
    public Optional<LeaderboardEntry> entryByPoints(String serverId, LocalDate weekStart, String userId) {
        return entry("p", "points", POINTS_FROM, Map.of("server", serverId, "week", weekStart), userId);
    }

    @Override
    public List<LeaderboardEntry> topByStreak(String serverId, Instant now, int limit) {
        return top("select s.user_id, s.current_days as rank_value" + STREAK_FROM
                        + " order by s.current_days desc, s.user_id limit :limit",
                Map.of("scope", StreakScope.server(serverId).key(), "now", Sql.ts(now), "limit", limit));
    }

    @Override
    public Optional<LeaderboardEntry> entryByStreak(String serverId, Instant now, String userId) {
        return entry("s", "current_days", STREAK_FROM,
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

    private Optional<LeaderboardEntry> entry(String alias, String column, String from, Map<String, Object> params,
                                             String userId) {
        Map<String, Object> mine = new HashMap<>(params);
        mine.put("viewer", userId);
        Optional<Integer> value = jdbc.sql("select " + alias + "." + column + from + " and " + alias + ".user_id = :viewer")
                .params(mine).query(Integer.class).optional();
        return value.map(v -> {
            Map<String, Object> above = new HashMap<>(params);
            above.put("value", v);
            long higher = jdbc.sql("select count(*)" + from + " and " + alias + "." + column + " > :value")
                    .params(above).query(Long.class).single();
            return new LeaderboardEntry((int) higher + 1, userId, v);
        });
    }
}
