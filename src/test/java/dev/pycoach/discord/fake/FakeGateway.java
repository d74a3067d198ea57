package dev.pycoach.discord.fake;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway side of the fake: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, RESUME → RESUMED, and
 * dispatches (text frames, so compression needs no zlib). One bot connection at a time: the latest one.
 */
final class FakeGateway extends WebSocketServer {
    private final Supplier<DataObject> ready;
    private final Supplier<DataObject> guildCreate;
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile WebSocket bot;
    private volatile CountDownLatch identified = new CountDownLatch(1);
    private final CountDownLatch bound = new CountDownLatch(1);

    FakeGateway(Supplier<DataObject> ready, Supplier<DataObject> guildCreate) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.ready = ready;
        this.guildCreate = guildCreate;
        setReuseAddr(true);
        setConnectionLostTimeout(0);
        // Small frames back to back: without this, Nagle and delayed ACKs add ~40 ms to each dispatch.
        setTcpNoDelay(true);
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        bot = conn;
        conn.send(DataObject.empty().put("op", 10).put("d", DataObject.empty().put("heartbeat_interval", 41250)).toString());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        DataObject payload = DataObject.fromJson(message);
        switch (payload.getInt("op", -1)) {
            case 1 -> conn.send("{\"op\":11}");
            case 2 -> {
                send(conn, "READY", ready.get());
                send(conn, "GUILD_CREATE", guildCreate.get());
                identified.countDown();
            }
            case 6 -> {
                send(conn, "RESUMED", DataObject.empty());
                identified.countDown();
            }
            default -> {
                // 3 presence, 4 voice, 8 member requests: not used by this bot
            }
        }
    }

    /** Sends a dispatch to the connected bot. */
    void dispatch(String type, DataObject data) {
        WebSocket conn = bot;
        if (conn == null || !conn.isOpen()) {
            throw new IllegalStateException("no bot is connected to the fake gateway");
        }
        send(conn, type, data);
    }

    /** Asks the bot to reconnect (op 7); it resumes on a new connection. */
    void requestReconnect() {
        identified = new CountDownLatch(1);
        bot.send("{\"op\":7,\"d\":null}");
    }

    boolean awaitIdentified(long timeout, TimeUnit unit) throws InterruptedException {
        return identified.await(timeout, unit);
    }

    private synchronized void send(WebSocket conn, String type, DataObject data) {
        conn.send(DataObject.empty().put("op", 0).put("s", sequence.incrementAndGet()).put("t", type).put("d", data)
                .toString());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        // JDA reconnects by itself; nothing to clean up
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a closed socket during shutdown; the REST side records real problems
    }

    @Override
    public void onStart() {
        bound.countDown();
    }

    /** Starts the server and waits until its port is bound: before that, {@link #getPort()} is 0. */
    void startAndAwait() throws InterruptedException {
        start();
        if (!bound.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake gateway did not start within 30 s");
        }
    }
}
