package dev.pycoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.discord.fake.FakeDiscord;
import dev.pycoach.discord.fake.FakeUser;
import dev.pycoach.discord.fake.SentMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as it ships, in a child JVM: with no arguments and {@code DISCORD_TOKEN} set it runs the bot,
 * connected wherever {@code PYCOACH_DISCORD_API_URL} / {@code PYCOACH_DISCORD_GATEWAY_URL} point (here, a fake
 * Discord), and stays up until stopped. The token never appears in its output.
 */
class BotModeTest {

    @Test
    @DisplayName("no arguments + DISCORD_TOKEN: the bot connects to the configured API and answers /help until stopped")
    void noArgumentRunStartsTheBot(@TempDir Path dir) throws Exception {
        try (FakeDiscord fake = FakeDiscord.start()) {
            ProcessBuilder pb = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.pycoach.PyCoachApplication"));
            pb.environment().putAll(Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN,
                    "PYCOACH_DISCORD_API_URL", fake.apiUrl(), "PYCOACH_DISCORD_GATEWAY_URL", fake.gatewayUrl(),
                    "PYCOACH_DISCORD_DEV_GUILD_ID", fake.guildId(),
                    "PYCOACH_BANK_DIR", Path.of("src/test/resources/discord-bank").toAbsolutePath().toString(),
                    "PYCOACH_DATABASE_URL", "jdbc:h2:mem:bot-mode;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
            Path log = dir.resolve("stderr.txt");
            pb.redirectError(log.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile());
            Process bot = pb.start();
            try {
                assertThat(fake.awaitConnected(Duration.ofSeconds(90))).as("bot connected to the fake gateway").isTrue();
                FakeUser lee = fake.newUser("lee");
                SentMessage help = awaitHelp(fake, lee);
                assertThat(help.text()).contains("/interview start");
                assertThat(bot.isAlive()).isTrue();
            } finally {
                bot.destroy();
                assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("the bot stops on SIGTERM").isTrue();
            }
            String stderr = Files.readString(log);
            assertThat(stderr).as(stderr).contains("starting the Discord bot")
                    .doesNotContain(FakeDiscord.TOKEN);
            assertThat(fake.problems()).isEmpty();
        }
    }

    /** Commands are registered right after READY; until then an interaction may arrive before the listener is ready. */
    private static SentMessage awaitHelp(FakeDiscord fake, FakeUser user) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (fake.registration().isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        FakeDiscord.Cursor cursor = fake.cursor();
        String id = fake.slash(user, true, "help", null, Map.of()).id();
        return cursor.next(m -> id.equals(m.interactionId()) && !m.via().equals("deferred"), Duration.ofSeconds(20));
    }
}
