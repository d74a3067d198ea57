package dev.pycoach.discord.fake;

/**
 * Runs the fake Discord on its own, to try the packaged bot against it by hand:
 * it prints the environment to give {@code java -jar target/pycoach.jar}, then stays up until killed.
 */
public final class FakeDiscordMain {
    private FakeDiscordMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        FakeDiscord fake = FakeDiscord.start();
        System.out.println("DISCORD_TOKEN=" + FakeDiscord.TOKEN + " PYCOACH_DISCORD_API_URL=" + fake.apiUrl()
                + " PYCOACH_DISCORD_DEV_GUILD_ID=" + fake.guildId());
        System.out.flush();
        if (fake.awaitConnected(java.time.Duration.ofMinutes(10))) {
            System.out.println("bot connected");
        }
        Thread.currentThread().join();
    }
}
