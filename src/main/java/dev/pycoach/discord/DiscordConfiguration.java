package dev.pycoach.discord;

import dev.pycoach.bank.QuestionBank;
import dev.pycoach.config.PyCoachProperties;
import dev.pycoach.grading.Grader;
import dev.pycoach.interview.InterviewService;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.PracticeService;
import dev.pycoach.interview.QuestionPicker;
import dev.pycoach.progress.LeaderboardService;
import dev.pycoach.progress.PracticeProgress;
import dev.pycoach.progress.ProgressService;
import dev.pycoach.progress.SettingsService;
import dev.pycoach.progress.StatsService;
import dev.pycoach.progress.StreakService;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Wires the Discord adapter onto the shared engine beans; only when the bot was asked for (see the condition). */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordEnabledCondition.class)
@EnableConfigurationProperties(DiscordProperties.class)
public class DiscordConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService discordWorkers(DiscordProperties properties) {
        return Executors.newFixedThreadPool(properties.workers(), threads("pycoach-discord-"));
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService discordTimer() {
        return Executors.newSingleThreadScheduledExecutor(threads("pycoach-discord-timer-"));
    }

    @Bean
    LongSupplier discordSeeds() {
        return () -> ThreadLocalRandom.current().nextLong(1, 1_000_000);
    }

    @Bean
    PracticeService practiceService(QuestionBank bank, Grader grader, PlannerPolicy policy, PyCoachProperties props) {
        return new PracticeService(bank, grader, new QuestionPicker(), policy, props.probeBudget());
    }

    @Bean
    InteractionRouter interactionRouter(DiscordProperties properties, InterviewService interviews,
                                        PracticeService practice, PyCoachProperties props, Clock clock,
                                        @Qualifier("discordSeeds") LongSupplier seeds,
                                        @Qualifier("discordWorkers") ExecutorService workers,
                                        @Qualifier("discordTimer") ScheduledExecutorService timer,
                                        ObjectProvider<ProgressService> progress,
                                        ObjectProvider<PracticeProgress> practiceProgress,
                                        ObjectProvider<StreakService> streaks, ObjectProvider<StatsService> stats,
                                        ObjectProvider<LeaderboardService> boards,
                                        ObjectProvider<SettingsService> settings) {
        Views views = Views.create();
        RateLimits limits = new RateLimits(
                new RateLimiter(properties.startLimit(), properties.startWindow(), clock),
                new RateLimiter(properties.answerLimit(), properties.answerWindow(), clock));
        Drafts drafts = new Drafts(properties.draftIdle(), clock);
        DirectMessages dms = new DirectMessages();
        OptionParser options = new OptionParser(props.questions(), props.probeBudget());
        AnswerCollector answers = new AnswerCollector(interviews, drafts, views.interview());
        Handlers handlers = new Handlers(
                new InterviewCommand(interviews, drafts, limits, options, seeds, dms, views, clock),
                new InterviewButtonHandler(interviews, answers, drafts, limits, views),
                new DmAnswerHandler(interviews, answers, limits, dms, views),
                new PracticeHandler(practice, options, limits, seeds, views, practiceProgress.stream().findFirst()
                        .map(PracticeRecorder::of).orElse(PracticeRecorder.NONE)),
                new ProgressCommand(progressServices(streaks, stats, boards, settings), views, clock),
                new TopicAutocomplete(), dms, views);
        ServerMembership membership = progress.stream().findFirst().map(ServerMembership::of)
                .orElse(ServerMembership.NONE);
        return new InteractionRouter(handlers, new UserQueue(workers), timer, properties.deferAfter(),
                new Failures(views.notices()), membership);
    }

    /** The services behind the progress commands, null without the database store (all or none exist). */
    private static ProgressCommand.Services progressServices(ObjectProvider<StreakService> streaks,
                                                             ObjectProvider<StatsService> stats,
                                                             ObjectProvider<LeaderboardService> boards,
                                                             ObjectProvider<SettingsService> settings) {
        StreakService streak = streaks.getIfAvailable();
        StatsService stat = stats.getIfAvailable();
        LeaderboardService board = boards.getIfAvailable();
        SettingsService setting = settings.getIfAvailable();
        return streak == null || stat == null || board == null || setting == null ? null
                : new ProgressCommand.Services(streak, stat, board, setting);
    }

    @Bean
    DiscordBot discordBot(DiscordProperties properties, InteractionRouter router) throws InterruptedException {
        DiscordBot bot = new DiscordBot();
        bot.attach(new JdaFactory(properties, new GatewayDiscovery()).start(router, bot));
        return bot;
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
