package dev.pycoach.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The REST side of the fake on the JDK HTTP server: records every request, routes it by method and path
 * (queries such as {@code ?with_response=true} are ignored, as JDA adds them), and answers 404 JSON for
 * anything unknown. Never answers 5xx, which JDA would retry.
 */
final class FakeRest {
    static final String PREFIX = "/api/v10/";

    /** What a route answers: a status and a JSON body (null for 204). */
    record Response(int status, String body) {
        static Response json(Object body) {
            return new Response(200, body.toString());
        }

        static Response noContent() {
            return new Response(204, null);
        }

        static Response error(int status, int code, String message) {
            return new Response(status, DataObject.empty().put("code", code).put("message", message).toString());
        }
    }

    private record Route(String method, Pattern path, BiFunction<RecordedRequest, Matcher, Response> handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Consumer<RecordedRequest>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<String> problems;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "fake-discord-rest");
        t.setDaemon(true);
        return t;
    });

    FakeRest(Consumer<String> problems) throws IOException {
        // The JDK server reads this once, when it first starts; without it Nagle delays small responses.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.problems = problems;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
    }

    void route(String method, String pathRegex, BiFunction<RecordedRequest, Matcher, Response> handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), handler));
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    void clear() {
        requests.clear();
    }

    void listen(Consumer<RecordedRequest> listener) {
        listeners.add(listener);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String fullPath = exchange.getRequestURI().getRawPath();
            String path = fullPath.startsWith(PREFIX) ? fullPath.substring(PREFIX.length()) : fullPath;
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            List<Multipart.Part> parts = contentType != null && contentType.startsWith("multipart/")
                    ? Multipart.parse(contentType, body) : List.of();
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), path,
                    exchange.getRequestURI().getRawQuery(), headers, body, contentType, received, parts);
            // Recorded before it is handled: a test woken by the message it sends can find the request.
            requests.add(request);
            Response response = dispatch(request);
            byte[] out = response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
            if (response.body() != null) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(response.status(), response.status() == 204 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
            listeners.forEach(l -> l.accept(request));
        }
    }

    private Response dispatch(RecordedRequest request) {
        if (!"Bot fake-token".equals(request.headers().get("authorization"))) {
            problems.accept(request + " without the bot's Authorization header");
            return Response.error(401, 0, "401: Unauthorized");
        }
        for (Route route : routes) {
            Matcher m = route.path().matcher(request.path());
            if (route.method().equals(request.method()) && m.matches()) {
                try {
                    return route.handler().apply(request, m);
                } catch (RuntimeException e) {
                    problems.accept(request + " broke the fake: " + e);
                    return Response.error(400, 50035, "Invalid Form Body");
                }
            }
        }
        problems.accept("unexpected request " + request);
        return Response.error(404, 0, "404: Not Found");
    }
}
