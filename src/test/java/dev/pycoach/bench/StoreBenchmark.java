package dev.pycoach.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pycoach.MutableClock;
import dev.pycoach.bank.BankLoader;
import dev.pycoach.bank.BankSource;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.Coverage;
import dev.pycoach.interview.Transactions;
import dev.pycoach.progress.Board;
import dev.pycoach.progress.GradedAnswer;
import dev.pycoach.progress.LeaderboardService;
import dev.pycoach.progress.ProgressService;
import dev.pycoach.progress.Recall;
import dev.pycoach.progress.StatsService;
import dev.pycoach.progress.StreakScope;
import dev.pycoach.progress.StreakService;
import dev.pycoach.store.JdbcAnswerRepository;
import dev.pycoach.store.JdbcLeaderboardRepository;
import dev.pycoach.store.JdbcReviewRepository;
import dev.pycoach.store.JdbcSettingsRepository;
import dev.pycoach.store.JdbcStreakRepository;
import dev.pycoach.store.SpringTransactions;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The store benchmark: loads N users (100,000 by default) with a year of answers into an empty PostgreSQL
 * database, then times the app's own services on it. Run with {@code scripts/bench-store.sh}; arguments:
 * {@code JDBC_URL [USERS] [SAMPLES]}. Prints a Markdown report.
 */
public final class StoreBenchmark {
    static final LocalDate LAST_DAY = LocalDate.parse("2025-06-26");
    static final Instant NOW = Instant.parse("2025-06-27T12:00:00Z");
    private final JdbcClient jdbc;
    private final HikariDataSource ds;
    private final QuestionBank bank;
    private final MutableClock clock = new MutableClock(NOW);
    private final ProgressService progress;
    private final StreakService streaks;
    private final LeaderboardService boards;
    private final StatsService stats;
    private final JdbcAnswerRepository answers;
    private final int users;

    private StoreBenchmark(HikariDataSource ds, QuestionBank bank, int users) {
        this.ds = ds;
        this.jdbc = JdbcClient.create(ds);
        this.bank = bank;
        this.users = users;
        Transactions tx = new SpringTransactions(new DataSourceTransactionManager(ds));
        answers = new JdbcAnswerRepository(jdbc);
        JdbcStreakRepository streakRepo = new JdbcStreakRepository(jdbc, clock);
        JdbcReviewRepository reviews = new JdbcReviewRepository(jdbc);
        JdbcSettingsRepository settings = new JdbcSettingsRepository(jdbc);
        JdbcLeaderboardRepository leaderboards = new JdbcLeaderboardRepository(jdbc);
        progress = new ProgressService(answers, streakRepo, reviews, settings, leaderboards, tx, clock);
        streaks = new StreakService(streakRepo, answers, settings, clock);
        boards = new LeaderboardService(leaderboards, settings, clock);
        stats = new StatsService(answers, reviews, streaks, bank, clock);
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        QuestionBank bank = new BankLoader().load(BankSource.fromDirectory(Path.of("questions")));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(8);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            StoreBenchmark bench = new StoreBenchmark(ds, bank, users);
            bench.load();
            bench.measure(samples);
        }
        SessionHeap.Result heap = SessionHeap.measure(bank, 10_000);
        System.out.printf("%n| live sessions in the Caffeine cache | %,d |%n| heap they hold | %.1f MB (%.1f KB each) |%n"
                        + "| JSON snapshot per session (stored) | %.1f KB |%n", heap.sessions(), heap.bytes() / 1e6,
                heap.bytes() / 1e3 / heap.sessions(), heap.averageSnapshotBytes() / 1e3);
    }

    private void load() throws Exception {
        long t0 = System.nanoTime();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        BenchData data = new BenchData(bank, LAST_DAY, 365);
        data.load(ds, users, 42);
        long loaded = System.nanoTime();
        jdbc.sql("vacuum analyze").update(); // what autovacuum does in production, here at once
        long analyzed = System.nanoTime();
        System.out.printf("## Store benchmark%n%nLoaded %,d users, %,d answers (a year, %s to %s) in %.0f s, vacuumed and analyzed in %.0f s.%n",
                users, data.answers, LAST_DAY.minusDays(364), LAST_DAY, (loaded - t0) / 1e9, (analyzed - loaded) / 1e9);
        for (String table : List.of("answers", "streaks", "weekly_points", "server_points", "review_schedule",
                "server_members", "users")) {
            long rows = jdbc.sql("select count(*) from " + table).query(Long.class).single();
            String size = jdbc.sql("select pg_size_pretty(pg_total_relation_size('" + table + "'))").query(String.class).single();
            System.out.printf("- %s: %,d rows, %s with indexes%n", table, rows, size);
        }
    }

    private void measure(int samples) {
        Random random = new Random(7);
        Map<String, long[]> timings = new LinkedHashMap<>();
        jdbc.sql("create table bench_floor (n bigint)").update();
        org.springframework.transaction.support.TransactionTemplate floor =
                new org.springframework.transaction.support.TransactionTemplate(new DataSourceTransactionManager(ds));
        timings.put("floor: a transaction with one insert and its commit", time(samples, i -> floor.executeWithoutResult(
                status -> jdbc.sql("insert into bench_floor values (:n)").param("n", i).update())));
        timings.put("record one answer (DM: log, streak, points)", time(samples, i -> recordAnswer(random, false)));
        timings.put("record one answer in a server (+ server streak, membership)", time(samples, i -> recordAnswer(random, true)));
        timings.put("record a closed question's review (SM-2, ~5 concepts)", time(samples, i -> recordReview(random)));
        timings.put("streak: read the stored one (`/streak`)", time(samples, i -> streaks.personal(randomUser(random))));
        timings.put("streak: rebuild from a year of answers", time(samples / 4, i -> streaks.rebuild(activeUser(random), StreakScope.PERSONAL)));
        timings.put("leaderboard, 10,000 members: weekly points", time(samples / 4,
                i -> boards.board(BenchData.BIG_SERVER, Board.WEEK, BenchData.userId(random.nextInt(10_000)), 10)));
        timings.put("leaderboard, 10,000 members: daily streak", time(samples / 4,
                i -> boards.board(BenchData.BIG_SERVER, Board.STREAK, BenchData.userId(random.nextInt(10_000)), 10)));
        timings.put("stats (`/stats`)", time(samples / 4, i -> stats.statsFor(activeUser(random))));
        timings.put("picker hints (recent 14 days, due, seen)", time(samples / 4, i -> progress.hintsFor(activeUser(random))));
        System.out.printf("%n| operation (PostgreSQL, %,d samples each or a quarter of that) | p50 | p99 | max |%n|---|---|---|---|%n", samples);
        timings.forEach((name, t) -> System.out.printf("| %s | %s | %s | %s |%n", name, ms(t, 0.50), ms(t, 0.99), ms(t, 1.0)));
        new IndexEvidence(ds, clock).print();
    }

    private void recordAnswer(Random random, boolean inServer) {
        int i = random.nextInt(users);
        Question q = bank.questions().get(random.nextInt(bank.questions().size()));
        clock.advance(java.time.Duration.ofSeconds(1));
        progress.recordAnswer(new GradedAnswer(BenchData.userId(i), inServer ? BenchData.serverOf(i) : null,
                inServer ? null : "bench-live", q.id(), null, q.topic(), assessment(q, random.nextInt(101))));
    }

    private void recordReview(Random random) {
        Question q = bank.questions().get(random.nextInt(bank.questions().size()));
        Map<String, Recall> recalls = new LinkedHashMap<>();
        q.concepts().forEach(c -> recalls.put(c.id(), Recall.values()[random.nextInt(4)]));
        progress.recordReview(randomUser(random), q.id(), recalls);
    }

    private String randomUser(Random random) {
        return BenchData.userId(random.nextInt(users));
    }

    /** A user who practises almost daily: the worst case for reading a year of history. */
    private String activeUser(Random random) {
        return BenchData.userId(random.nextInt(users / 10) * 10);
    }

    private static Assessment assessment(Question q, int score) {
        List<ConceptResult> concepts = q.concepts().stream().map(c -> new ConceptResult(c.id(),
                score > 50 ? Coverage.COVERED : Coverage.MISSED, score > 50 ? "An evidence sentence." : null)).toList();
        return new Assessment(q.id(), concepts, List.of(), score);
    }

    /** Times {@code n} calls after {@code n / 10} warm-up calls; nanoseconds, sorted. */
    static long[] time(int n, IntConsumer call) {
        for (int i = 0; i < Math.max(10, n / 10); i++) {
            call.accept(i);
        }
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            call.accept(i);
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        return t;
    }

    static String ms(long[] sorted, double q) {
        return String.format("%.2f ms", sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6);
    }
}
