package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.discord.fake.FakeDiscord;
import dev.pycoach.discord.fake.FakeUser;
import dev.pycoach.discord.fake.Interaction;
import dev.pycoach.discord.fake.SentMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real bot (Spring context with the JDBC session store on an in-memory H2, real JDA) connected to the fake
 * Discord. Every test class extending this shares
 * one context and one connection. After each test: no problem found by the fake (limits, schemas, late
 * callbacks, unexpected routes) and no ERROR log from JDA or the bot.
 */
@SpringBootTest(properties = {
        "pycoach.discord.enabled=true",
        "pycoach.discord.token=" + FakeDiscord.TOKEN,
        "pycoach.discord.identify-delay=0s",
        "pycoach.bank-dir=src/test/resources/discord-bank",
        "pycoach.discord.answer-limit=12",
        "pycoach.discord.answer-window=60s",
        "logging.config=classpath:logback-e2e.xml",
        "spring.datasource.url=jdbc:h2:mem:discord-e2e;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
abstract class EndToEndTestBase {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final FakeDiscord fake = TestBed.fake();
    FakeDiscord.Cursor sent;

    /** Only the API URL: the bot reads the gateway URL from the fake's {@code GET gateway/bot}. */
    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        registry.add("pycoach.discord.api-url", fake::apiUrl);
        registry.add("pycoach.discord.dev-guild-id", fake::guildId);
    }

    private static boolean startupChecked;

    /**
     * Problems are not cleared here, and before the first test neither are errors: what happened at start-up
     * (e.g. registering commands) counts. Later, errors logged between tests (by unit tests that provoke them on
     * purpose) are dropped.
     */
    @BeforeEach
    void watch() {
        ErrorLogWatch.ensureAttached();
        synchronized (EndToEndTestBase.class) {
            if (startupChecked) {
                ErrorLogWatch.drain();
            }
            startupChecked = true;
        }
        sent = fake.cursor();
    }

    @AfterEach
    void nothingWentWrong() {
        try {
            assertThat(fake.problems()).as("problems found by the fake Discord").isEmpty();
            assertThat(ErrorLogWatch.drain()).as("ERROR logs of JDA or the bot").isEmpty();
        } finally {
            fake.reset();
            ErrorLogWatch.drain();
        }
    }

    Interaction slash(FakeUser user, boolean inGuild, String sub, Map<String, Object> options) {
        return fake.slash(user, inGuild, CommandCatalog.INTERVIEW, sub, options);
    }

    /**
     * The next thing the user sees for the interaction. A "thinking…" placeholder is skipped: on a loaded machine
     * the bot may defer (inside the 3 s window) and then edit the placeholder, which is just as correct.
     */
    SentMessage replyTo(Interaction interaction) throws InterruptedException {
        return sent.next(m -> interaction.id().equals(m.interactionId()) && !m.via().equals("deferred"), WAIT);
    }

    SentMessage nextDm(FakeUser user) throws InterruptedException {
        return sent.nextDm(user, WAIT);
    }
}
