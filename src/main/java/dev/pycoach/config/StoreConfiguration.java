package dev.pycoach.config;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.SessionStore;
import dev.pycoach.interview.Transactions;
import dev.pycoach.progress.AnswerRepository;
import dev.pycoach.progress.LeaderboardRepository;
import dev.pycoach.progress.LeaderboardService;
import dev.pycoach.progress.PracticeProgress;
import dev.pycoach.progress.ProgressService;
import dev.pycoach.progress.ReviewRepository;
import dev.pycoach.progress.SessionProgress;
import dev.pycoach.progress.SettingsRepository;
import dev.pycoach.progress.SettingsService;
import dev.pycoach.progress.StatsService;
import dev.pycoach.progress.StreakRepository;
import dev.pycoach.progress.StreakService;
import dev.pycoach.store.CachingSessionStore;
import dev.pycoach.store.JdbcAnswerRepository;
import dev.pycoach.store.JdbcLeaderboardRepository;
import dev.pycoach.store.JdbcReviewRepository;
import dev.pycoach.store.JdbcSessionStore;
import dev.pycoach.store.JdbcSettingsRepository;
import dev.pycoach.store.JdbcStreakRepository;
import dev.pycoach.store.SpringTransactions;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The database-backed store and the progress services on it. Off with {@code pycoach.store.enabled=false}
 * (the {@code nostore} profile, which also leaves the DataSource and Flyway out): then sessions live in memory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
@ConditionalOnProperty(name = "pycoach.store.enabled", havingValue = "true", matchIfMissing = true)
public class StoreConfiguration {

    @Bean
    Transactions transactions(PlatformTransactionManager manager) {
        return new SpringTransactions(manager);
    }

    @Bean
    SessionStore sessionStore(JdbcClient jdbc, StoreProperties properties) {
        return new CachingSessionStore(new JdbcSessionStore(jdbc), properties.cacheSize(), properties.idle(),
                Ticker.systemTicker());
    }

    @Bean
    AnswerRepository answerRepository(JdbcClient jdbc) {
        return new JdbcAnswerRepository(jdbc);
    }

    @Bean
    StreakRepository streakRepository(JdbcClient jdbc, Clock clock) {
        return new JdbcStreakRepository(jdbc, clock);
    }

    @Bean
    ReviewRepository reviewRepository(JdbcClient jdbc) {
        return new JdbcReviewRepository(jdbc);
    }

    @Bean
    SettingsRepository settingsRepository(JdbcClient jdbc) {
        return new JdbcSettingsRepository(jdbc);
    }

    @Bean
    LeaderboardRepository leaderboardRepository(JdbcClient jdbc) {
        return new JdbcLeaderboardRepository(jdbc);
    }

    @Bean
    ProgressService progressService(AnswerRepository answers, StreakRepository streaks, ReviewRepository reviews,
                                    SettingsRepository settings, LeaderboardRepository boards,
                                    Transactions transactions, Clock clock) {
        return new ProgressService(answers, streaks, reviews, settings, boards, transactions, clock);
    }

    @Bean
    SessionProgress sessionProgress(ProgressService progress, QuestionBank bank, PlannerPolicy policy) {
        return new SessionProgress(progress, bank, policy);
    }

    @Bean
    PracticeProgress practiceProgress(ProgressService progress, PlannerPolicy policy, Transactions transactions) {
        return new PracticeProgress(progress, policy, transactions);
    }

    @Bean
    StreakService streakService(StreakRepository streaks, AnswerRepository answers, SettingsRepository settings,
                                Clock clock) {
        return new StreakService(streaks, answers, settings, clock);
    }

    @Bean
    StatsService statsService(AnswerRepository answers, ReviewRepository reviews, StreakService streaks,
                              QuestionBank bank, Clock clock) {
        return new StatsService(answers, reviews, streaks, bank, clock);
    }

    @Bean
    LeaderboardService leaderboardService(LeaderboardRepository boards, SettingsRepository settings, Clock clock) {
        return new LeaderboardService(boards, settings, clock);
    }

    @Bean
    SettingsService settingsService(SettingsRepository settings, StreakService streaks, Transactions transactions,
                                    Clock clock) {
        return new SettingsService(settings, streaks, transactions, clock);
    }
}
