package dev.pycoach.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Collects ERROR logs of JDA and of the bot. JDA swallows exceptions in event handling and only logs them, so
 * without this a broken payload or handler shows up as nothing but a timeout.
 */
final class ErrorLogWatch extends AppenderBase<ILoggingEvent> {
    private static final String NAME = "e2e-error-watch";
    private final List<String> errors = new CopyOnWriteArrayList<>();

    /** Attaches the watch to the root logger once (Spring's logging set-up may have replaced it). */
    static ErrorLogWatch install() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(NAME) instanceof ErrorLogWatch existing) {
            return existing;
        }
        ErrorLogWatch watch = new ErrorLogWatch();
        watch.setName(NAME);
        watch.setContext(context);
        watch.start();
        root.addAppender(watch);
        return watch;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)
                && (event.getLoggerName().startsWith("net.dv8tion") || event.getLoggerName().startsWith("dev.pycoach"))) {
            String cause = event.getThrowableProxy() == null ? ""
                    : " \u2014 " + event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage();
            errors.add(event.getLoggerName() + ": " + event.getFormattedMessage() + cause);
        }
    }

    List<String> drain() {
        List<String> copy = List.copyOf(errors);
        errors.clear();
        return copy;
    }
}
