package dev.pycoach.discord;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The running bot: owns the JDA client, lets the command line wait until it stops (Ctrl+C closes the Spring
 * context, which shuts JDA down; a fatal gateway close shuts it down from Discord's side).
 */
public final class DiscordBot extends ListenerAdapter implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile JDA jda;
    private volatile boolean stopRequested;

    void attach(JDA jda) {
        this.jda = jda;
    }

    public JDA jda() {
        return jda;
    }

    /** 0 when the bot was stopped on purpose, 1 when Discord (or a failure) ended the connection. */
    public int exitCode() {
        return stopRequested ? 0 : 1;
    }

    /** Blocks until the bot has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        log.info("Discord connection closed ({})", event.getCloseCode() == null ? "shutdown" : event.getCloseCode());
        stopped.countDown();
    }

    @Override
    public void destroy() throws InterruptedException {
        stopRequested = true;
        JDA client = jda;
        if (client != null) {
            client.shutdown();
            if (!client.awaitShutdown(10, TimeUnit.SECONDS)) {
                client.shutdownNow();
            }
        }
        stopped.countDown();
    }
}
