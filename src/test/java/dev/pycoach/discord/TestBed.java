package dev.pycoach.discord;

import dev.pycoach.discord.fake.FakeDiscord;

/** One fake Discord per test JVM, so Spring's context cache keeps one bot connected to it for every test class. */
final class TestBed {
    private static FakeDiscord fake;

    private TestBed() {
    }

    static synchronized FakeDiscord fake() {
        if (fake == null) {
            fake = FakeDiscord.start();
            if (!fake.validatesSchemas()) {
                System.err.println("[discord tests] Discord's OpenAPI description (../shared/discord-api/openapi.json) "
                        + "is absent: requests are checked against the documented limits only, not the schemas.");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(fake::close, "fake-discord-stop"));
        }
        return fake;
    }
}
