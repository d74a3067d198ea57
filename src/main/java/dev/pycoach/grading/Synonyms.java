package dev.pycoach.grading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Phrase rewrites that send spelling variants to one canonical form before stemming. */
final class Synonyms {
    private record Rule(Pattern variant, String canonical) {
    }

    private final List<Rule> rules;

    private Synonyms(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Synonyms of(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int arrow = trimmed.indexOf("=>");
            if (arrow < 0) {
                throw new IllegalArgumentException("synonym line without '=>': " + trimmed);
            }
            String variant = trimmed.substring(0, arrow).strip();
            String canonical = trimmed.substring(arrow + 2).strip();
            rules.add(new Rule(Pattern.compile("(?<![a-z0-9_])(?:" + variant + ")(?![a-z0-9_])"),
                    Matcher.quoteReplacement(canonical)));
        }
        return new Synonyms(rules);
    }

    /** The table shipped in {@code grading/synonyms.txt}. */
    static Synonyms bundled() {
        try (InputStream in = Synonyms.class.getResourceAsStream("/grading/synonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("grading/synonyms.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return of(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String apply(String text) {
        String result = text;
        for (Rule rule : rules) {
            result = rule.variant().matcher(result).replaceAll(rule.canonical());
        }
        return result;
    }
}
