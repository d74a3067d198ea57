package dev.pycoach.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * An answer being written over several DM messages, for one point of one interview ({@link AskRef}).
 */
record Draft(String sessionId, String ask, List<String> parts) {
    /** Enough for several full-length messages; beyond it the user is asked to submit. */
    static final int MAX_CHARS = 16_000;

    Draft {
        parts = List.copyOf(parts);
    }

    static Draft empty(String sessionId, String ask) {
        return new Draft(sessionId, ask, List.of());
    }

    boolean isFor(String sessionId, String ask) {
        return this.sessionId.equals(sessionId) && this.ask.equals(ask);
    }

    Draft with(String part) {
        List<String> next = new ArrayList<>(parts);
        next.add(part);
        return new Draft(sessionId, ask, next);
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    int chars() {
        return parts.stream().mapToInt(String::length).sum();
    }

    int words() {
        return parts.stream().mapToInt(p -> p.isBlank() ? 0 : p.strip().split("\\s+").length).sum();
    }

    /** The answer as the grader sees it: the parts in order, one per paragraph. */
    String text() {
        return String.join("\n\n", parts);
    }
}
