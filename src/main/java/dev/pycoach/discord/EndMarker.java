package dev.pycoach.discord;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A DM message that ends an answer: {@code done} (or {@code submit}) alone, or as the last line of a message.
 * Trailing punctuation is ignored ({@code Done.}).
 *
 * @param body the message without the marker line
 * @param ends whether the message ends the answer
 */
record EndMarker(String body, boolean ends) {
    private static final Set<String> WORDS = Set.of("done", "submit");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!]+$");

    static EndMarker parse(String message) {
        String text = message.stripTrailing();
        int lastBreak = text.lastIndexOf('\n');
        String lastLine = text.substring(lastBreak + 1).strip().toLowerCase(Locale.ROOT);
        lastLine = TRAILING_PUNCTUATION.matcher(lastLine).replaceAll("");
        if (WORDS.contains(lastLine)) {
            return new EndMarker(lastBreak < 0 ? "" : text.substring(0, lastBreak).strip(), true);
        }
        return new EndMarker(text.strip(), false);
    }
}
