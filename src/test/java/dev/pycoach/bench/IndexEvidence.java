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
        List<Case> cases = List.of(
                new Case("answers_by_user_time (user_id, answered_at)", "drop index answers_by_user_time",
                        "select distinct question_id from answers where user_id = '" + user + "' and answered_at >= '"
                                + now.minusDays(14) + "'", "recent questions for the picker; stats; streak rebuild"),
                new Case("streaks primary key (scope, user_id)", "alter table streaks drop constraint streaks_pkey",
                        "select s.user_id, s.current_days from streaks s left join users u on u.user_id = s.user_id"
                                + " where s.scope = 'server:" + big + "' and s.breaks_at > '" + now + "'"
                                + " and coalesce(u.leaderboard_opt_out, false) = false order by s.current_days desc, s.user_id limit 10",
                        "streak leaderboard; every answer's streak update"),
                new Case("server_members primary key (server_id, user_id)", "alter table server_members drop constraint server_members_pkey",
                        pointsBoard(big, monday), "weekly-points leaderboard"),
                new Case("weekly_points primary key (user_id, week_start)", "alter table weekly_points drop constraint weekly_points_pkey",
                        pointsBoard(big, monday), "weekly-points leaderboard; every answer's points"));
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

    private static String pointsBoard(String server, LocalDate monday) {
        return "select m.user_id, w.points from server_members m join weekly_points w on w.user_id = m.user_id"
                + " and w.week_start = '" + monday + "' left join users u on u.user_id = m.user_id"
                + " where m.server_id = '" + server + "' and w.points > 0 and coalesce(u.leaderboard_opt_out, false) = false"
                + " order by w.points desc, m.user_id limit 10";
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
