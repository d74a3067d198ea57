package dev.pycoach.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * Text that goes to Discord: user text escaped or fenced, and everything cut to Discord's limits. Pure.
 */
final class SafeText {
    static final String ELLIPSIS = "\u2026";
    private static final String FENCE = "```";

    private SafeText() {
    }

    /** User text shown as plain text: Markdown escaped and mentions broken, so it renders as typed and pings nobody. */
    static String escape(String userText) {
        String escaped = MarkdownSanitizer.escape(userText == null ? "" : userText);
        return escaped.replace("@", "@\u200b").replace("<#", "<\u200b#").replace("</", "<\u200b/");
    }

    /**
     * A user shown as a mention, which Discord renders as their name. Safe only because every message goes out with
     * allowed mentions empty ({@link Outgoing}): it never pings. Anything but a snowflake is escaped instead.
     */
    static String mention(String userId) {
        return userId != null && userId.matches("\\d{1,20}") ? "<@" + userId + ">" : escape(userId);
    }

    /** User text as inline code: backticks removed (they would end the span), at most {@code max} characters. */
    static String inlineCode(String userText, int max) {
        String cleaned = (userText == null ? "" : userText).replace("`", "'").replaceAll("\\s+", " ").strip();
        return "`" + truncate(cleaned.isEmpty() ? " " : cleaned, max) + "`";
    }

    /** {@code text} cut to {@code max} characters, ending with an ellipsis when cut. */
    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(end, 0)) + ELLIPSIS;
    }

    /**
     * Splits {@code text} into pieces of at most {@code max} characters, at line breaks where possible, then at
     * spaces. A code fence open at a cut is closed and reopened, so each piece renders on its own.
     */
    static List<String> split(String text, int max) {
        if (max < 32) {
            throw new IllegalArgumentException("max too small to split safely: " + max);
        }
        List<String> pieces = new ArrayList<>();
        String rest = text.strip();
        String reopen = "";
        int budget = max - FENCE.length() - 1;
        while (!rest.isEmpty()) {
            String candidate = reopen + rest;
            if (candidate.length() <= max) {
                pieces.add(candidate);
                break;
            }
            int cut = cutPoint(candidate, budget);
            String piece = candidate.substring(0, cut).stripTrailing();
            String openFence = openFence(piece);
            if (openFence != null) {
                piece = piece + "\n" + FENCE;
                reopen = openFence + "\n";
            } else {
                reopen = "";
            }
            pieces.add(piece);
            rest = candidate.substring(cut).strip();
        }
        return pieces;
    }

    private static int cutPoint(String text, int budget) {
        int newline = text.lastIndexOf('\n', budget);
        if (newline > budget / 2) {
            return newline;
        }
        int space = text.lastIndexOf(' ', budget);
        if (space > budget / 2) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(budget - 1)) ? budget - 1 : budget;
    }

    /** The opening line of a fence left open at the end of {@code piece} (e.g. {@code ```py}), or null. */
    private static String openFence(String piece) {
        String open = null;
        for (String line : piece.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith(FENCE)) {
                open = open == null ? trimmed : null;
            }
        }
        return open;
    }
}
