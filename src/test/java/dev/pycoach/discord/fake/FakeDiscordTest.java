package dev.pycoach.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fake itself catches what Discord would reject: late callbacks, broken limits, bodies off the schema. */
class FakeDiscordTest {
    private static final FakeDiscord fake = FakeDiscord.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeUser kim = fake.newUser("kim");

    @BeforeEach
    void reset() {
        fake.reset();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(fake.apiUrl() + path))
                .header("Authorization", "Bot " + FakeDiscord.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String message(String content) {
        return DataObject.empty().put("content", content)
                .put("allowed_mentions", DataObject.empty().put("parse", net.dv8tion.jda.api.utils.data.DataArray.empty()))
                .toString();
    }

    @Test
    @DisplayName("a callback more than 3 s after dispatch is refused as Discord does (10062) and fails the test")
    void lateCallback() throws Exception {
        Interaction late = fake.register(kim, System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(3200));
        Interaction onTime = fake.register(kim, System.nanoTime());
        String body = "{\"type\":4,\"data\":" + message("hi") + "}";

        HttpResponse<String> refused = post("interactions/" + late.id + "/" + late.token + "/callback", body);
        HttpResponse<String> accepted = post("interactions/" + onTime.id + "/" + onTime.token + "/callback", body);
        HttpResponse<String> twice = post("interactions/" + onTime.id + "/" + onTime.token + "/callback", body);

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("10062");
        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(fake.problems()).hasSize(2).anyMatch(p -> p.contains("ms after dispatch (Discord allows 3 s)"))
                .anyMatch(p -> p.contains("acknowledged twice"));
    }

    @Test
    @DisplayName("documented limits: content over 2,000, mentions not disabled, a custom id over 100 characters")
    void limits() throws Exception {
        post("channels/" + kim.dmChannelId() + "/messages", message("x".repeat(2001)));
        post("channels/" + kim.dmChannelId() + "/messages", "{\"content\":\"@everyone\"}");
        post("channels/" + kim.dmChannelId() + "/messages", DataObject.fromJson(message("b")).put("components",
                DataObject.fromJson("{\"a\":[{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"label\":\"x\",\"custom_id\":\""
                        + "c".repeat(101) + "\"}]}]}").getArray("a")).toString());

        assertThat(fake.problems()).anyMatch(p -> p.contains("content is 2001 characters > 2000"))
                .anyMatch(p -> p.contains("allowed_mentions missing"))
                .anyMatch(p -> p.contains("custom_id is 101 characters > 100"));
    }

    @Test
    @DisplayName("a body that breaks Discord's OpenAPI schema is reported (skipped when ../shared is absent)")
    void schema() throws Exception {
        assumeTrue(fake.validatesSchemas(), "Discord's OpenAPI description is not at " + OpenApiSchemas.SPEC.toAbsolutePath()
                + " (../shared beside the project): schema checks are skipped");

        post("channels/" + kim.dmChannelId() + "/messages",
                DataObject.fromJson(message("ok")).put("tts", "yes please").toString());

        assertThat(fake.problems()).anyMatch(p -> p.contains("MessageCreateRequest") && p.contains("tts"));
    }

    @Test
    @DisplayName("a DM to a user who closed their DMs answers 403 with Discord's code 50007")
    void closedDms() throws Exception {
        FakeUser shy = fake.newUser("shy");
        fake.closeDms(shy);

        HttpResponse<String> response = post("channels/" + shy.dmChannelId() + "/messages", message("hello"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("50007");
        assertThat(fake.problems()).isEmpty();
    }
}
