package dev.pycoach.config;

import dev.pycoach.bank.BankLoader;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.embedding.MiniLmSentenceEmbedder;
import dev.pycoach.grading.Grader;
import dev.pycoach.grading.HybridGrader;
import dev.pycoach.grading.SemanticThresholds;
import dev.pycoach.grading.LexicalGrader;
import dev.pycoach.interview.InMemorySessionStore;
import dev.pycoach.interview.InterviewEngine;
import dev.pycoach.interview.InterviewService;
import dev.pycoach.interview.SessionStore;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.PracticeHistory;
import dev.pycoach.interview.ProgressRecorder;
import dev.pycoach.interview.Transactions;
import dev.pycoach.interview.QuestionPicker;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the platform-free engine once; the console and Discord adapters share these beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PyCoachProperties.class)
public class EngineConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    QuestionBank questionBank(PyCoachProperties properties) {
        return new BankLoader().load(BankSources.load(properties.bankPath()));
    }

    @Bean
    Grader grader(PyCoachProperties properties, QuestionBank bank,
                  @Value("${pycoach.grader-warm-up:${pycoach.discord.enabled:false}}") boolean warmUp) {
        if (properties.grader().equals("hybrid")) {
            MiniLmSentenceEmbedder embedder = new MiniLmSentenceEmbedder();
            HybridGrader hybrid = new HybridGrader(new LexicalGrader(), embedder, SemanticThresholds.DEFAULT);
            if (!warmUp) {
                return hybrid; // a console session: each rubric is embedded on its first answer (~0.1 s)
            }
            // The bot: load the model and embed every question's rubric in the background (about 7 s of CPU),
            // so neither start-up nor the first answer to a question waits (a follow-up's rubric is embedded on
            // first use).
            Thread loader = new Thread(() -> {
                try {
                    hybrid.prepare(bank.questions());
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(EngineConfiguration.class).error(
                            "Could not load the embedding model; answers will be graded with cues only: {}", e.toString());
                }
            }, "grader-warm-up");
            loader.setDaemon(true);
            loader.setPriority(Thread.MIN_PRIORITY);
            loader.start();
            return hybrid;
        }
        return new LexicalGrader();
    }

    @Bean
    PlannerPolicy plannerPolicy() {
        return PlannerPolicy.DEFAULT;
    }

    /** Sessions in memory when the database store is off ({@link StoreConfiguration} provides the store otherwise). */
    @Bean
    @ConditionalOnProperty(name = "pycoach.store.enabled", havingValue = "false")
    @ConditionalOnMissingBean(SessionStore.class)
    SessionStore inMemorySessionStore() {
        return new InMemorySessionStore();
    }

    /** With the store on, the picker reads the user's history and every step records progress in one transaction. */
    @Bean
    InterviewService interviewService(InterviewEngine engine, SessionStore store, ObjectProvider<PracticeHistory> history,
                                      ObjectProvider<ProgressRecorder> recorder, ObjectProvider<Transactions> transactions) {
        return new InterviewService(engine, store,
                history.getIfAvailable(() -> PracticeHistory.of(InterviewService.RecentQuestions.NONE)),
                recorder.getIfAvailable(() -> ProgressRecorder.NONE), transactions.getIfAvailable(() -> Transactions.NONE));
    }

    @Bean
    InterviewEngine interviewEngine(QuestionBank bank, Grader grader, PlannerPolicy policy, Clock clock) {
        return new InterviewEngine(bank, grader, policy, new QuestionPicker(), clock, () -> UUID.randomUUID().toString());
    }
}
