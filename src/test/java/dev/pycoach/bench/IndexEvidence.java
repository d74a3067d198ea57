package dev.pycoach.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Why each index exists: the query it serves, timed with the index and without it (dropped inside a transaction
 * that is rolled back, PostgreSQL's DDL being transactional, so nothing has to be rebuilt).
 */
final class IndexEvidence {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IndexEvidence(DataSource ds, Clock clock) {
        this.jdbc = JdbcClient.create(ds);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(ds));
        this.clock = clock;
    }

    private record Case(String index, String drop, String query, String purpose) {
    }

    void print() {
        String user = BenchData.userId(10);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        LocalDate monday = LocalDate.parse("2025-06-23");
        String big = BenchData.BIG_SERVER;
        String scope = "'server:" + big + "'";
        String shown = " and not exists (select 1 from users u where u.user_id = %s and u.leaderboard_opt_out)";
        String pointsBoard = "select p.user_id, p.points from server_points p where p.server_id = '" + big
                + "' and p.week_start = '" + monday + "' and p.points > 0" + shown.formatted("p.user_id")
                + " order by p.points desc, p.user_id limit 10";
        List<Case> cases = List.of(
                new Case("answers_by_user_time (user_id, answered_at)", "drop index answers_by_user_time",
                        "select distinct question_id from answers where user_id = '" + user + "' and answered_at >= '"
                                + now.minusDays(14) + "'", "recent questions for the picker; stats; streak rebuild"),
                new Case("server_points_board (server_id, week_start, points desc, user_id)", "drop index server_points_board",
                        pointsBoard, "weekly-points leaderboard, top 10"),
                new Case("streaks_board (scope, current_days desc, user_id)", "drop index streaks_board",
                        "select s.user_id, s.current_days from streaks s where s.scope = " + scope + " and s.breaks_at > '"
                                + now + "'" + shown.formatted("s.user_id") + " order by s.current_days desc, s.user_id limit 10",
                        "daily-streak leaderboard, top 10"),
                new Case("users_opted_out (leaderboard_opt_out, user_id)", "drop index users_opted_out",
                        "select count(*) from server_points p where p.server_id = '" + big + "' and p.week_start = '"
                                + monday + "' and p.points > 0" + shown.formatted("p.user_id") + " and p.points > 0",
                        "the viewer's rank (rows above them, opted-out users left out), at the bottom of the board"));
        System.out.printf("%n| index | serves | query with it | without it |%n|---|---|---|---|%n");
        for (Case c : cases) {
            double with = best(c.query());
            double without = withoutIndex(c);
            System.out.printf("| %s | %s | %.2f ms | %.2f ms |%n", c.index(), c.purpose(), with, without);
        }
        double scan = best("select scope from streaks where user_id = '" + user + "'");
        System.out.printf("%nNo index on streaks(user_id): the only query by user alone is the re-zoning after a time-zone "
                + "change, a rare settings command; it takes %.2f ms as a scan here.%n", scan);
    }

    private double withoutIndex(Case c) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql(c.drop()).update();
            return best(c.query());
        });
    }

    /** The best of 5 runs, in ms: what the query costs once its pages are cached. */
    private double best(String sql) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long s = System.nanoTime();
            jdbc.sql(sql).query().listOfRows();
            best = Math.min(best, (System.nanoTime() - s) / 1e6);
        }
        return best;
    }
}
