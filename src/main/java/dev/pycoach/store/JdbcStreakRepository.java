package dev.pycoach.store;

import dev.pycoach.progress.StreakRecord;
import dev.pycoach.progress.StreakRepository;
import dev.pycoach.progress.StreakScope;
import dev.pycoach.progress.StreakState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Streaks in {@code streaks}, one row per scope and user. */
public final class JdbcStreakRepository implements StreakRepository {
    private static final String COLUMNS = "scope, user_id, current_days, longest_days, freezes_held, freezes_used, "
            + "last_day, breaks_at";
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcStreakRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<StreakRecord> findForUpdate(StreakScope scope, String userId) {
        return find(scope, userId, " for update");
    }

    @Override
    public Optional<StreakRecord> find(StreakScope scope, String userId) {
        return find(scope, userId, "");
    }

    private Optional<StreakRecord> find(StreakScope scope, String userId, String lock) {
        return jdbc.sql("select " + COLUMNS + " from streaks where scope = :scope and user_id = :user" + lock)
                .param("scope", scope.key()).param("user", userId).query(JdbcStreakRepository::row).optional();
    }

    @Override
    public List<StreakRecord> findAll(String userId) {
        return jdbc.sql("select " + COLUMNS + " from streaks where user_id = :user order by scope")
                .param("user", userId).query(JdbcStreakRepository::row).list();
    }

    @Override
    public void save(StreakRecord streak) {
        JdbcClient.StatementSpec update = jdbc.sql("""
                        update streaks set current_days = :current, longest_days = :longest, freezes_held = :held,
                               freezes_used = :used, last_day = :last, breaks_at = :breaks, updated_at = :now
                         where scope = :scope and user_id = :user""");
        if (bind(update, streak).update() == 0) {
            bind(jdbc.sql("""
                    insert into streaks (scope, user_id, current_days, longest_days, freezes_held, freezes_used,
                                         last_day, breaks_at, updated_at)
                    values (:scope, :user, :current, :longest, :held, :used, :last, :breaks, :now)"""), streak).update();
        }
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, StreakRecord streak) {
        StreakState s = streak.state();
        return spec.param("scope", streak.scope().key()).param("user", streak.userId())
                .param("current", s.current()).param("longest", s.longest()).param("held", s.freezesHeld())
                .param("used", s.freezesUsed()).param("last", s.lastDay()).param("breaks", Sql.ts(streak.breaksAt()))
                .param("now", Sql.ts(clock.instant()));
    }

    private static StreakRecord row(ResultSet rs, int i) throws SQLException {
        return new StreakRecord(new StreakScope(rs.getString("scope")), rs.getString("user_id"),
                new StreakState(rs.getInt("current_days"), rs.getInt("longest_days"), rs.getInt("freezes_held"),
                        rs.getInt("freezes_used"), rs.getObject("last_day", LocalDate.class)),
                Sql.instant(rs, "breaks_at"));
    }
}
