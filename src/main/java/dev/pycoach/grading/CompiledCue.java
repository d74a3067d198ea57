package dev.pycoach.grading;

import dev.pycoach.bank.CueSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cue ready to run against sentences: it reports a match only where the match is not negated. */
final class CompiledCue {
    /**
     * A regular expression that itself says "not" is exempt from the negation rule. It is read with its escapes
     * blanked out, so that {@code \bnot\s+} counts and words such as "distinct" or "against" do not.
     */
    private static final Pattern NEGATION_IN_PATTERN = Pattern.compile(
            "\\b(not|no|never|without|cannot|none|nothing)\\b"
                    + "|\\b(is|are|was|were|do|does|did|can|could|would|should|wo|has|have|had|must|need)\\s*\\*?\\s*n.t\\b");
    private static final Pattern REGEX_ESCAPE = Pattern.compile("\\\\[a-zA-Z]");
    private final CueSpec spec;
    /** For phrases: one alternative. For all-of: per part, its alternatives (each a list of stems). */
    private final List<List<List<String>>> parts;
    private final boolean negative;

    private CompiledCue(CueSpec spec, List<List<List<String>>> parts, boolean negative) {
        this.spec = spec;
        this.parts = parts;
        this.negative = negative;
    }

    static CompiledCue compile(String raw, TextAnalyzer analyzer) {
        CueSpec spec = CueSpec.parse(raw);
        List<List<List<String>>> parts = new ArrayList<>();
        boolean negative;
        if (spec.form() == CueSpec.Form.PATTERN) {
            negative = NEGATION_IN_PATTERN.matcher(REGEX_ESCAPE.matcher(spec.parts().get(0)).replaceAll(" ")).find();
        } else {
            for (String part : spec.parts()) {
                String body = part.strip();
                List<String> alternatives = body.startsWith("(") && body.endsWith(")")
                        ? Arrays.stream(body.substring(1, body.length() - 1).split("\\|")).map(String::strip)
                                .filter(a -> !a.isEmpty()).toList()
                        : List.of(body);
                List<List<String>> stems = alternatives.stream().map(analyzer::phraseStems)
                        .filter(s -> !s.isEmpty()).toList();
                parts.add(stems);
            }
            negative = spec.parts().stream().flatMap(p -> TextAnalyzer.tokens(TextAnalyzer.normalise(p)).stream())
                    .anyMatch(t -> Negation.isNegator(t.word()));
        }
        return new CompiledCue(spec, parts, negative);
    }

    boolean weak() {
        return spec.weak();
    }

    /** True when this cue matches the sentence outside a negated clause. */
    boolean matches(Sentence sentence) {
        return switch (spec.form()) {
            case PATTERN -> matchesPattern(sentence);
            case PHRASE, ALL_OF -> matchesParts(sentence);
        };
    }

    private boolean matchesPattern(Sentence sentence) {
        Matcher m = spec.pattern().matcher(sentence.text());
        while (m.find()) {
            int[] span = tokenSpan(sentence.textTokens(), m.start(), Math.max(m.end(), m.start() + 1));
            // a pattern that spells out a negation ("does not cancel") and matched it states the negation itself
            boolean statesNegation = negative && span[0] >= 0 && sentence.textTokens().subList(span[0], span[1])
                    .stream().anyMatch(t -> Negation.isNegator(t.word()));
            if (span[0] < 0 || !Negation.negated(sentence.textTokens(), span[0], span[1], statesNegation)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesParts(Sentence sentence) {
        List<Token> tokens = sentence.stems();
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (List<List<String>> alternatives : parts) {
            int[] found = firstOf(tokens, alternatives);
            if (found == null) {
                return false;
            }
            start = Math.min(start, found[0]);
            end = Math.max(end, found[1]);
        }
        if (end < 0) {
            return false;
        }
        if (!Negation.negated(tokens, start, end, negative)) {
            return true;
        }
        // a negated first occurrence may be followed by a plain one ("not X, but X when ...")
        return parts.size() == 1 && laterUnnegated(tokens, parts.get(0), end);
    }

    private boolean laterUnnegated(List<Token> tokens, List<List<String>> alternatives, int from) {
        for (List<String> phrase : alternatives) {
            for (int i = indexOf(tokens, phrase, from); i >= 0; i = indexOf(tokens, phrase, i + 1)) {
                if (!Negation.negated(tokens, i, i + phrase.size(), negative)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] firstOf(List<Token> tokens, List<List<String>> alternatives) {
        int[] best = null;
        for (List<String> phrase : alternatives) {
            int at = indexOf(tokens, phrase, 0);
            if (at >= 0 && (best == null || at < best[0])) {
                best = new int[] {at, at + phrase.size()};
            }
        }
        return best;
    }

    private static int indexOf(List<Token> tokens, List<String> phrase, int from) {
        outer:
        for (int i = from; i <= tokens.size() - phrase.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!tokens.get(i + j).stem().equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int[] tokenSpan(List<Token> tokens, int charStart, int charEnd) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > charStart && t.start() < charEnd) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return new int[] {first, last + 1};
    }
}
