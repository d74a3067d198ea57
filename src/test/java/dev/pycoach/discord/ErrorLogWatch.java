package dev.pycoach.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects ERROR logs of JDA and of the bot (configured in {@code logback-e2e.xml}, so it sees start-up too).
 * JDA swallows exceptions in event handling and only logs them; without this a broken payload or handler
 * shows up as nothing but a timeout. The list is static because logback, not the test, creates the appender.
 */
public final class ErrorLogWatch extends AppenderBase<ILoggingEvent> {
    private static final List<String> ERRORS = new CopyOnWriteArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)
                && (event.getLoggerName().startsWith("net.dv8tion") || event.getLoggerName().startsWith("dev.pycoach"))) {
            String cause = event.getThrowableProxy() == null ? ""
                    : " \u2014 " + event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage();
            ERRORS.add(event.getLoggerName() + ": " + event.getFormattedMessage() + cause);
        }
    }

    /**
     * Puts a watch back on the root logger if none is there: another in-process Spring application in the same
     * JVM (the CLI tests) re-initialises logging and drops the one {@code logback-e2e.xml} added.
     */
    static void ensureAttached() {
        ch.qos.logback.classic.LoggerContext context =
                (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (var it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof ErrorLogWatch) {
                return;
            }
        }
        ErrorLogWatch watch = new ErrorLogWatch();
        watch.setName("ERROR_WATCH");
        watch.setContext(context);
        watch.start();
        root.addAppender(watch);
    }

    /** The errors logged since the last call. */
    static List<String> drain() {
        List<String> copy = List.copyOf(ERRORS);
        ERRORS.removeAll(copy);
        return copy;
    }
}
