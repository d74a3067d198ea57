package dev.pycoach.discord.fake;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A small Discord on loopback for the real JDA client: REST (JDK HTTP server) and gateway (Java-WebSocket).
 * It records everything the bot sends, checks Discord's documented limits and (when {@code ../shared} is there)
 * Discord's OpenAPI schemas, and refuses interaction callbacks later than 3 s after dispatch, like Discord.
 * Anything wrong is collected in {@link #problems()}; tests assert there are none.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String TOKEN = "fake-token";
    static final long CALLBACK_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final Snowflakes ids = new Snowflakes();
    private final String botId = ids.next();
    private final String guildId = ids.next();
    private final String channelId = ids.next();
    private final String managersRoleId = ids.next();
    private final Payloads payloads = new Payloads(botId, guildId, channelId, managersRoleId);
    private final Set<String> managers = ConcurrentHashMap.newKeySet();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Map<String, FakeUser> usersByDm = new ConcurrentHashMap<>();
    private final Map<String, FakeUser> users = new ConcurrentHashMap<>();
    private final Set<String> closedDms = ConcurrentHashMap.newKeySet();
    private final Map<String, Interaction> interactions = new ConcurrentHashMap<>();
    private final Map<String, DataObject> messages = new ConcurrentHashMap<>();
    private final Map<String, String> commandIds = new ConcurrentHashMap<>();
    private final List<SentMessage> sent = new ArrayList<>();
    private volatile RecordedRequest registration;
    private final Optional<OpenApiSchemas> schemas;
    private final FakeRest rest;
    private final FakeGateway gateway;
    private final BotMessages botMessages;

    private FakeDiscord(Optional<OpenApiSchemas> schemas) throws IOException {
        this.schemas = schemas;
        this.rest = new FakeRest(problems::add);
        this.gateway = new FakeGateway(() -> payloads.ready(ids.next(), gatewayUrl()), payloads::guildCreate);
        this.botMessages = new BotMessages(ids, payloads, schemas, problems::add);
        routes();
    }

    /** Starts the fake; schema checks are on when {@code ../shared/discord-api/openapi.json} exists. */
    public static FakeDiscord start() {
        return start(OpenApiSchemas.load());
    }

    /** Starts the fake with the documented limits checked but no schema validation: for benchmarks. */
    public static FakeDiscord startWithoutSchemas() {
        return start(Optional.empty());
    }

    private static FakeDiscord start(Optional<OpenApiSchemas> schemas) {
        try {
            FakeDiscord fake = new FakeDiscord(schemas);
            fake.rest.start();
            fake.gateway.startAndAwait();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Discord", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the fake Discord", e);
        }
    }

    public String apiUrl() {
        return rest.baseUrl();
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public String guildId() {
        return guildId;
    }

    public String channelId() {
        return channelId;
    }

    public boolean validatesSchemas() {
        return schemas.isPresent();
    }

    public FakeUser newUser(String name) {
        FakeUser user = new FakeUser(ids.next(), name, ids.next());
        users.put(user.id(), user);
        usersByDm.put(user.dmChannelId(), user);
        return user;
    }

    /** From now on the bot cannot DM this user (Discord: 403, code 50007). */
    public void closeDms(FakeUser user) {
        closedDms.add(user.dmChannelId());
    }

    /** From now on the user has Manage Server in the fake server (a role granting it). */
    public void grantManageServer(FakeUser user) {
        managers.add(user.id());
    }

    // ---- what users do -------------------------------------------------------------------------------------

    public Interaction slash(FakeUser user, boolean inGuild, String command, String sub, Map<String, Object> options) {
        return dispatch(2, user, inGuild, Payloads.command(commandId(command), command, sub, options, null), null);
    }

    public Interaction autocomplete(FakeUser user, String command, String sub, String option, String typed) {
        return dispatch(4, user, true,
                Payloads.command(commandId(command), command, sub, Map.of(option, typed), option), null);
    }

    /** Clicks a button of a message the bot sent; the interaction carries that message, as Discord's does. */
    public Interaction click(FakeUser user, SentMessage message, String customId) {
        DataObject stored = messages.getOrDefault(message.id(), message.json());
        boolean inGuild = stored.getString("channel_id").equals(channelId);
        DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", 2);
        Interaction i = dispatch(3, user, inGuild, data, stored);
        i.clickedMessageId = message.id();
        return i;
    }

    /** Submits a modal: JDA 6 reads label (type 18) wrappers whose inner component has a numeric id. */
    public Interaction submitModal(FakeUser user, boolean inGuild, String customId, Map<String, String> values) {
        DataArray components = DataArray.empty();
        int n = 1;
        for (Map.Entry<String, String> e : values.entrySet()) {
            components.add(DataObject.empty().put("type", 18).put("id", n++).put("component", DataObject.empty()
                    .put("type", 4).put("id", n++).put("custom_id", e.getKey()).put("value", e.getValue())));
        }
        return dispatch(5, user, inGuild, DataObject.empty().put("custom_id", customId).put("components", components),
                null);
    }

    /** A DM from the user to the bot. */
    public void sendDm(FakeUser user, String content) {
        gateway.dispatch("MESSAGE_CREATE", payloads.directMessage(ids.next(), user, content));
    }

    /** Discord asks the bot to reconnect (op 7); returns once it has resumed. */
    public void reconnect() throws InterruptedException {
        gateway.requestReconnect();
        if (!gateway.awaitIdentified(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the bot did not resume within 10 s");
        }
    }

    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return gateway.awaitIdentified(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Interaction dispatch(int type, FakeUser user, boolean inGuild, DataObject data, DataObject message) {
        String id = ids.next();
        String token = "tok" + id;
        DataObject payload = payloads.interaction(id, token, type, user, inGuild, managers.contains(user.id()), data);
        if (message != null) {
            payload.put("message", message);
        }
        Interaction i = new Interaction(id, token, user, inGuild ? channelId : user.dmChannelId(), System.nanoTime());
        interactions.put(token, i);
        gateway.dispatch("INTERACTION_CREATE", payload);
        return i;
    }

    /** An interaction as if dispatched at {@code dispatchedNanos}, without a bot: for testing the fake itself. */
    Interaction register(FakeUser user, long dispatchedNanos) {
        String id = ids.next();
        Interaction i = new Interaction(id, "tok" + id, user, user.dmChannelId(), dispatchedNanos);
        interactions.put(i.token, i);
        return i;
    }

    private String commandId(String name) {
        return commandIds.computeIfAbsent(name, n -> ids.next());
    }

    // ---- what the bot sent -------------------------------------------------------------------------------

    /** A position in the stream of what the bot sent; {@link Cursor#next} waits for the next match after it. */
    public Cursor cursor() {
        synchronized (sent) {
            return new Cursor(sent.size());
        }
    }

    public List<SentMessage> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    public List<RecordedRequest> requests() {
        return rest.requests();
    }

    public void listen(Consumer<RecordedRequest> listener) {
        rest.listen(listener);
    }

    /** The last bulk command registration the bot made (kept across {@link #reset()}). */
    public Optional<RecordedRequest> registration() {
        return Optional.ofNullable(registration);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Forgets recorded problems and requests (not users or messages): between tests. */
    public void reset() {
        problems.clear();
        rest.clear();
    }

    /**
     * What the bot sent from a point on. {@link #next} returns the earliest match not returned before, waiting
     * for it if needed; messages that do not match stay available to other calls.
     */
    public final class Cursor {
        private final int start;
        private final java.util.Set<Integer> taken = new java.util.HashSet<>();

        private Cursor(int start) {
            this.start = start;
        }

        public SentMessage next(Predicate<SentMessage> match, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (sent) {
                while (true) {
                    for (int i = start; i < sent.size(); i++) {
                        if (!taken.contains(i) && match.test(sent.get(i))) {
                            taken.add(i);
                            return sent.get(i);
                        }
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("nothing matching was sent within " + timeout + "; sent: "
                                + sent.subList(Math.max(start, sent.size() - 8), sent.size()) + "; problems: "
                                + problems);
                    }
                    TimeUnit.NANOSECONDS.timedWait(sent, left);
                }
            }
        }

        /** Everything sent since this cursor was made. */
        public List<SentMessage> all() {
            synchronized (sent) {
                return List.copyOf(sent.subList(start, sent.size()));
            }
        }

        /** The next message sent in the user's DM channel. */
        public SentMessage nextDm(FakeUser user, Duration timeout) throws InterruptedException {
            return next(m -> user.dmChannelId().equals(m.channelId()) && m.via().equals("channel"), timeout);
        }

        /** The next thing sent for the interaction: a reply, modal, choices, edit or follow-up. */
        public SentMessage nextFor(Interaction interaction, Duration timeout) throws InterruptedException {
            return next(m -> interaction.id.equals(m.interactionId()), timeout);
        }
    }

    private void record(SentMessage message) {
        synchronized (sent) {
            sent.add(message);
            sent.notifyAll();
        }
    }

    // ---- REST routes -------------------------------------------------------------------------------------

    private void routes() {
        rest.route("GET", "users/@me", (r, m) -> FakeRest.Response.json(payloads.botUser()));
        rest.route("GET", "gateway/bot", (r, m) -> FakeRest.Response.json(DataObject.empty().put("url", gatewayUrl())
                .put("shards", 1).put("session_start_limit", DataObject.empty().put("total", 1000)
                        .put("remaining", 1000).put("reset_after", 0).put("max_concurrency", 1))));
        rest.route("PUT", "applications/(\\d+)/commands", (r, m) -> commands(r, m, null));
        rest.route("PUT", "applications/(\\d+)/guilds/(\\d+)/commands", (r, m) -> commands(r, m, m.group(2)));
        rest.route("POST", "interactions/(\\d+)/([^/]+)/callback", this::callback);
        rest.route("PATCH", "webhooks/(\\d+)/([^/]+)/messages/@original", this::editOriginal);
        rest.route("GET", "webhooks/(\\d+)/([^/]+)/messages/@original", (r, m) -> hooked(m)
                .map(i -> FakeRest.Response.json(messages.get(i.originalMessageId)))
                .orElseGet(() -> FakeRest.Response.error(404, 10008, "Unknown Message")));
        rest.route("POST", "webhooks/(\\d+)/([^/]+)", this::followUp);
        rest.route("POST", "users/@me/channels", this::openDm);
        rest.route("POST", "channels/(\\d+)/messages", this::channelMessage);
    }

    private FakeRest.Response commands(RecordedRequest r, Matcher m, String guild) {
        registration = r;
        if (!m.group(1).equals(botId)) {
            problems.add(r + ": application id " + m.group(1) + " is not the bot's");
        }
        if (guild != null && !guild.equals(guildId)) {
            problems.add(r + ": unknown server " + guild);
        }
        DataArray commands = r.jsonArray();
        problems.addAll(DiscordLimits.commands(commands));
        DataArray out = DataArray.empty();
        for (int i = 0; i < commands.length(); i++) {
            DataObject c = commands.getObject(i);
            schemas.ifPresent(s -> problems.addAll(s.validate("ApplicationCommandUpdateRequest", c.toString())));
            DataObject echoed = DataObject.fromJson(c.toString()).put("id", commandId(c.getString("name")))
                    .put("application_id", botId).put("version", ids.next());
            if (guild != null) {
                echoed.put("guild_id", guild);
            }
            out.add(echoed);
        }
        return FakeRest.Response.json(out);
    }

    private FakeRest.Response callback(RecordedRequest r, Matcher m) {
        Interaction i = interactions.get(m.group(2));
        if (i == null || !i.id.equals(m.group(1))) {
            problems.add(r + ": callback for an unknown interaction");
            return FakeRest.Response.error(404, 10062, "Unknown interaction");
        }
        long elapsed = r.receivedNanos() - i.dispatchedNanos;
        if (elapsed > CALLBACK_DEADLINE_NANOS) {
            problems.add(i + ": callback " + TimeUnit.NANOSECONDS.toMillis(elapsed) + " ms after dispatch (Discord allows 3 s)");
            return FakeRest.Response.error(404, 10062, "Unknown interaction");
        }
        if (!i.acknowledged.compareAndSet(false, true)) {
            problems.add(i + ": acknowledged twice");
            return FakeRest.Response.error(400, 40060, "Interaction has already been acknowledged.");
        }
        botMessages.callback(r, i).forEach(this::store);
        return FakeRest.Response.noContent();
    }

    private FakeRest.Response editOriginal(RecordedRequest r, Matcher m) {
        Optional<Interaction> hooked = hooked(m);
        if (hooked.isEmpty() || hooked.get().originalMessageId == null) {
            problems.add(r + ": edit of an original that does not exist");
            return FakeRest.Response.error(404, 10008, "Unknown Message");
        }
        Interaction i = hooked.get();
        DataObject before = messages.get(i.originalMessageId);
        SentMessage edited = botMessages.editOriginal(r, i, before);
        store(edited);
        return FakeRest.Response.json(edited.json());
    }

    private FakeRest.Response followUp(RecordedRequest r, Matcher m) {
        Optional<Interaction> hooked = hooked(m);
        if (hooked.isEmpty()) {
            problems.add(r + ": follow-up before the interaction was acknowledged");
            return FakeRest.Response.error(404, 10015, "Unknown Webhook");
        }
        SentMessage message = botMessages.followUp(r, hooked.get());
        store(message);
        return FakeRest.Response.json(message.json());
    }

    private FakeRest.Response openDm(RecordedRequest r, Matcher m) {
        schemas.ifPresent(s -> problems.addAll(s.validate("CreatePrivateChannelRequest", r.jsonText())));
        FakeUser user = users.get(r.json().getString("recipient_id", ""));
        if (user == null) {
            problems.add(r + ": DM with an unknown user");
            return FakeRest.Response.error(400, 50033, "Invalid Recipient(s)");
        }
        return FakeRest.Response.json(payloads.dmChannel(user));
    }

    private FakeRest.Response channelMessage(RecordedRequest r, Matcher m) {
        String channel = m.group(1);
        if (!channel.equals(channelId) && !usersByDm.containsKey(channel)) {
            problems.add(r + ": message to an unknown channel");
            return FakeRest.Response.error(404, 10003, "Unknown Channel");
        }
        if (closedDms.contains(channel)) {
            return FakeRest.Response.error(403, 50007, "Cannot send messages to this user");
        }
        SentMessage message = botMessages.channelMessage(r, channel);
        store(message);
        return FakeRest.Response.json(message.json());
    }

    /** The acknowledged interaction a webhook route names; the webhook id must be the application id. */
    private Optional<Interaction> hooked(Matcher m) {
        if (!m.group(1).equals(botId)) {
            problems.add("webhook id " + m.group(1) + " is not the application id");
        }
        return Optional.ofNullable(interactions.get(m.group(2))).filter(Interaction::acknowledged);
    }

    private void store(SentMessage message) {
        if (message.json().hasKey("id") && message.json().hasKey("channel_id")) {
            messages.put(message.id(), message.json());
        }
        record(message);
    }

    @Override
    public void close() {
        rest.stop();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
