package dev.pycoach.store;

import dev.pycoach.progress.SettingsRepository;
import dev.pycoach.progress.UserSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code users}, {@code server_settings} and {@code server_members}. */
public final class JdbcSettingsRepository implements SettingsRepository {
    private final JdbcClient jdbc;

    public JdbcSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserSettings> user(String userId) {
        return jdbc.sql("select time_zone, home_server_id, leaderboard_opt_out from users where user_id = :user")
                .param("user", userId)
                .query((rs, i) -> new UserSettings(userId, zone(rs.getString("time_zone")),
                        rs.getString("home_server_id"), rs.getBoolean("leaderboard_opt_out")))
                .optional();
    }

    @Override
    public void saveUser(UserSettings s, Instant now) {
        int updated = jdbc.sql("""
                        update users set time_zone = :zone, home_server_id = :home, leaderboard_opt_out = :optOut,
                               updated_at = :now where user_id = :user""")
                .param("zone", s.zone() == null ? null : s.zone().getId()).param("home", s.homeServerId())
                .param("optOut", s.leaderboardOptOut()).param("now", Sql.ts(now)).param("user", s.userId()).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into users (user_id, time_zone, home_server_id, leaderboard_opt_out, created_at, updated_at)
                            values (:user, :zone, :home, :optOut, :now, :now)""")
                    .param("zone", s.zone() == null ? null : s.zone().getId()).param("home", s.homeServerId())
                    .param("optOut", s.leaderboardOptOut()).param("now", Sql.ts(now)).param("user", s.userId()).update();
        }
    }

    @Override
    public Optional<ZoneId> serverZone(String serverId) {
        return jdbc.sql("select time_zone from server_settings where server_id = :server")
                .param("server", serverId).query(String.class).optional().map(JdbcSettingsRepository::zone);
    }

    @Override
    public void saveServerZone(String serverId, ZoneId zone, Instant now) {
        int updated = jdbc.sql("update server_settings set time_zone = :zone, updated_at = :now where server_id = :server")
                .param("zone", zone.getId()).param("now", Sql.ts(now)).param("server", serverId).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into server_settings (server_id, time_zone, created_at, updated_at)
                            values (:server, :zone, :now, :now)""")
                    .param("zone", zone.getId()).param("now", Sql.ts(now)).param("server", serverId).update();
        }
    }

    /** A new member brings their weekly points to the server's boards, past weeks included. */
    @Override
    public void addMember(String serverId, String userId, Instant now) {
        int added = jdbc.sql("""
                        insert into server_members (user_id, server_id, joined_at)
                        select :user, :server, :now where not exists
                          (select 1 from server_members where user_id = :user and server_id = :server)""")
                .param("server", serverId).param("user", userId).param("now", Sql.ts(now)).update();
        if (added > 0) {
            jdbc.sql("""
                            insert into server_points (server_id, week_start, user_id, points)
                            select :server, w.week_start, w.user_id, w.points from weekly_points w
                             where w.user_id = :user and not exists (select 1 from server_points p
                                   where p.server_id = :server and p.week_start = w.week_start and p.user_id = :user)""")
                    .param("server", serverId).param("user", userId).update();
        }
    }

    private static ZoneId zone(String id) {
        return id == null ? null : ZoneId.of(id);
    }
}
