package dev.pycoach.bank;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parsed rubric cue. Three forms, all case-insensitive:
 * <ul>
 *   <li>{@code reference count} — a phrase, matched word by word after stemming and synonyms;</li>
 *   <li>{@code cycle & unreachable} — every part somewhere in the same sentence, in any order;</li>
 *   <li>{@code /ref(erence)?\s*count/} — a Java regular expression over the normalised sentence.</li>
 * </ul>
 * A leading {@code ~} marks a weak cue: on its own it earns {@code partial}, not {@code covered}.
 */
public record CueSpec(String raw, Form form, boolean weak, List<String> parts, Pattern pattern) {

    public enum Form { PHRASE, ALL_OF, PATTERN }

    /**
     * Written inside a pattern where the match starts, {@code {stated}} keeps the cue to beliefs the candidate
     * states as their own: not attributed to others ("people think …", "you might assume …"), not introduced as a
     * myth or mistake, not followed by "but actually", "is wrong" and the like. Misconception cues need it to tell
     * "the GIL makes code thread-safe" from "a common myth is that the GIL makes code thread-safe".
     */
    public static final String STATED = "{stated}";
    private static final String STATED_GUARD =
            "(?<!\\b(people|some|many|folks|developers|candidates|colleagues?|one|you\\s{1,3}might|you\\s{1,3}may|might|may|could|often|commonly|naively|tempting\\s{1,3}to|to)\\s{1,3}(still\\s{1,3})?(think|believe|assume|expect|say|claim)\\w{0,4}\\b.{0,100})"
            + "(?<!\\b(myth|misconception|mistake|pitfall|trap|misunderstanding|mistakenly|wrongly|fallacy|common\\s{1,3}belief|common\\s{1,3}assumption|untrue|(the\\s{1,3})?(claims?|belief)\\s{1,3}that)\\b.{0,100})"
            + "(?!.{0,250}\\b(is\\s+a\\s+myth|is\\s+wrong|untrue|misconception|but\\s+(it|that|this)\\s+(is|does|was)\\s+n[o]t|but\\s+(it|that|this)\\s+is\\s+wrong|but\\s+in\\s+fact|but\\s+actually|common\\s+but\\s+wrong|but\\s+wrong|wrong\\s+fix)\\b)";

    /**
     * A pattern whose first element (after inline flags, or first inside a leading look-ahead) is a guard:
     * {@code (?<!…)}, {@code (?<=…)} or {@code (?!…)}. A bounded look-behind such as {@code (?<!myth.{0,100})} is
     * then evaluated at every character of every sentence; the same guard placed after a look-ahead for the cue's
     * core only runs where the core matches, with the same result. Anchored patterns ({@code ^(?!…)}) are fine.
     */
    private static final Pattern LEADING_GUARD = Pattern.compile("(\\(\\?[a-zA-Z]+\\))*(\\(\\?=)?\\(\\?(<!|<=|!)");

    public static CueSpec parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        boolean weak = text.startsWith("~");
        if (weak) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty cue");
        }
        if (text.length() >= 2 && text.startsWith("/") && text.endsWith("/")) {
            String written = text.substring(1, text.length() - 1);
            String regex = written.replace(STATED, STATED_GUARD);
            if (LEADING_GUARD.matcher(regex).lookingAt()) {
                throw new IllegalArgumentException("cue pattern /" + written + "/ starts with a look-behind or negative "
                        + "look-ahead, which is tried at every position of every sentence and slows grading: put the guard "
                        + "after the part that must match, e.g. /(?=core)(?<!guard)core/");
            }
            try {
                return new CueSpec(raw, Form.PATTERN, weak, List.of(regex),
                        Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid cue pattern /" + written + "/: "
                        + e.getDescription(), e);
            }
        }
        if (text.contains("&")) {
            List<String> parts = Arrays.stream(text.split("&")).map(String::strip).toList();
            if (parts.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("cue '" + text + "' has an empty part around '&'");
            }
            return new CueSpec(raw, Form.ALL_OF, weak, parts, null);
        }
        return new CueSpec(raw, Form.PHRASE, weak, List.of(text), null);
    }

    /** The reason a cue does not parse, or empty when it is fine. */
    public static Optional<String> problem(String raw) {
        try {
            parse(raw);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
