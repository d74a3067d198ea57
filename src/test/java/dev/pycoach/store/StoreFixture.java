package dev.pycoach.store;

import dev.pycoach.MutableClock;
import dev.pycoach.TestBanks;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.Transactions;
import dev.pycoach.progress.LeaderboardService;
import dev.pycoach.progress.ProgressService;
import dev.pycoach.progress.SessionProgress;
import dev.pycoach.progress.SettingsService;
import dev.pycoach.progress.StatsService;
import dev.pycoach.progress.StreakService;

/** The store and every progress service wired on one test database, as the Spring configuration wires them. */
public final class StoreFixture {
    public final TestDatabase db;
    public final MutableClock clock;
    public final Transactions transactions;
    public final JdbcAnswerRepository answers;
    public final JdbcStreakRepository streakRepository;
    public final JdbcReviewRepository reviews;
    public final JdbcSettingsRepository settingsRepository;
    public final JdbcLeaderboardRepository boards;
    public final ProgressService progress;
    public final StreakService streaks;
    public final SettingsService settings;
    public final LeaderboardService leaderboards;
    public final StatsService stats;

    public StoreFixture(TestDatabase db, MutableClock clock) {
        this(db, clock, TestBanks.real());
    }

    public StoreFixture(TestDatabase db, MutableClock clock, QuestionBank bank) {
        this.db = db;
        this.clock = clock;
        this.transactions = new SpringTransactions(db.transactions());
        this.answers = new JdbcAnswerRepository(db.jdbc());
        this.streakRepository = new JdbcStreakRepository(db.jdbc(), clock);
        this.reviews = new JdbcReviewRepository(db.jdbc());
        this.settingsRepository = new JdbcSettingsRepository(db.jdbc());
        this.boards = new JdbcLeaderboardRepository(db.jdbc());
        this.progress = new ProgressService(answers, streakRepository, reviews, settingsRepository, boards,
                transactions, clock);
        this.streaks = new StreakService(streakRepository, answers, settingsRepository, clock);
        this.settings = new SettingsService(settingsRepository, streaks, transactions, clock);
        this.leaderboards = new LeaderboardService(boards, settingsRepository, clock);
        this.stats = new StatsService(answers, reviews, streaks, bank, clock);
    }

    public SessionProgress sessionProgress(QuestionBank bank) {
        return new SessionProgress(progress, bank, PlannerPolicy.DEFAULT);
    }
}
