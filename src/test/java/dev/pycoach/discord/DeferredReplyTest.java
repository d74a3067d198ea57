package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.bank.Rubric;
import dev.pycoach.discord.fake.FakeDiscord;
import dev.pycoach.discord.fake.FakeUser;
import dev.pycoach.discord.fake.Interaction;
import dev.pycoach.discord.fake.SentMessage;
import dev.pycoach.grading.Grader;
import dev.pycoach.grading.LexicalGrader;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A grader as slow as a remote model: the interaction is deferred inside the 3 s window, then the deferred
 * message is edited with the result (PATCH @original) and extra messages follow as follow-ups. Its own fake
 * and context, closed afterwards.
 */
@SpringBootTest(properties = {
        "pycoach.discord.enabled=true",
        "pycoach.discord.token=" + FakeDiscord.TOKEN,
        "pycoach.discord.identify-delay=0s",
        "pycoach.discord.defer-after=100ms",
        "pycoach.bank-dir=src/test/resources/discord-bank",
        "spring.datasource.url=jdbc:h2:mem:discord-deferred;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeferredReplyTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final FakeDiscord fake = FakeDiscord.start();

    @TestConfiguration
    static class SlowGrader {
        /** Takes 600 ms per answer, like an LLM grader would. */
        @Bean
        @Primary
        Grader slowGrader() {
            LexicalGrader lexical = new LexicalGrader();
            return (Rubric rubric, String answer) -> {
                try {
                    TimeUnit.MILLISECONDS.sleep(600);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return lexical.assess(rubric, answer);
            };
        }
    }

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        registry.add("pycoach.discord.api-url", fake::apiUrl);
        registry.add("pycoach.discord.gateway-url", fake::gatewayUrl);
    }

    @BeforeEach
    void watch() {
        ErrorLogWatch.ensureAttached();
        ErrorLogWatch.drain();
    }

    @AfterEach
    void nothingWentWrong() {
        assertThat(fake.problems()).isEmpty();
        assertThat(ErrorLogWatch.drain()).isEmpty();
        fake.reset();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    @DisplayName("a slow practice answer: deferred privately, then the deferred message becomes the feedback")
    void deferredModalAnswer() throws Exception {
        FakeUser max = fake.newUser("max");
        FakeDiscord.Cursor sent = fake.cursor();

        Interaction submit = fake.submitModal(max, true, new ComponentId.PracticeModal("gil-testbed").encode(),
                Map.of(PracticeView.ANSWER_INPUT, "Only one thread runs at a time; use a lock."));

        SentMessage deferred = sent.nextFor(submit, WAIT);
        assertThat(deferred.via()).isEqualTo("deferred");
        assertThat(deferred.ephemeral()).isTrue();
        SentMessage feedback = sent.nextFor(submit, WAIT);
        assertThat(feedback.via()).isEqualTo("edit-original");
        assertThat(feedback.id()).isEqualTo(deferred.id());
        assertThat(feedback.text()).contains("Your answer").contains("Covered");
    }

    @Test
    @DisplayName("a slow Submit in a DM: deferred publicly, then edited with the next step")
    void deferredSubmit() throws Exception {
        FakeUser ned = fake.newUser("ned");
        FakeDiscord.Cursor sent = fake.cursor();
        Interaction start = fake.slash(ned, false, CommandCatalog.INTERVIEW, CommandCatalog.START,
                Map.of(CommandCatalog.TOPIC, "gil", CommandCatalog.QUESTIONS, 1));
        sent.nextFor(start, WAIT);
        sent.nextFor(start, WAIT);
        fake.sendDm(ned, "The GIL makes code thread-safe.");
        SentMessage noted = sent.nextDm(ned, WAIT);

        Interaction submit = fake.click(ned, noted, noted.button("Submit"));

        SentMessage deferred = sent.nextFor(submit, WAIT);
        assertThat(deferred.via()).isEqualTo("deferred");
        assertThat(deferred.ephemeral()).isFalse();
        SentMessage next = sent.nextFor(submit, WAIT);
        assertThat(next.via()).isEqualTo("edit-original");
        assertThat(next.text()).contains("Feedback").contains("push back");
    }
}
