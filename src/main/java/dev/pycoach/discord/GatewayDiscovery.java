package dev.pycoach.discord;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the gateway URL from an API's {@code GET gateway/bot}, as Discord's clients do, for when only
 * {@code PYCOACH_DISCORD_API_URL} is configured.
 */
final class GatewayDiscovery {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    String gatewayUrl(String apiUrl, String token) {
        String base = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "gateway/bot"))
                .header("Authorization", "Bot " + token).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + base + "gateway/bot answered " + response.statusCode()
                        + "; set PYCOACH_DISCORD_GATEWAY_URL instead");
            }
            JsonNode url = JsonMapper.builder().build().readTree(response.body()).get("url");
            if (url == null || !url.isString()) {
                throw new IllegalStateException("GET " + base + "gateway/bot has no url");
            }
            return url.asString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + base + "gateway/bot: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the gateway URL", e);
        }
    }
}
