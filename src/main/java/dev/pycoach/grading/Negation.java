package dev.pycoach.grading;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides whether a cue match sits in a negated clause ("the GIL does <b>not</b> protect ...").
 * It looks a few words before and after the match, never across a clause boundary, and inside the match.
 */
final class Negation {
    private static final Set<String> NEGATORS = Stream.of("not", "no", "never", "cannot", "without", "neither",
            "nor", "none", "nothing", "nobody", "hardly", "lack", "lacks", "isnt", "doesnt", "dont")
            .map(Stemmer::stem).collect(Collectors.toUnmodifiableSet());
    private static final int BEFORE = 4;
    private static final int AFTER = 2;

    private Negation() {
    }

    static boolean isNegator(String stem) {
        return NEGATORS.contains(stem);
    }

    /** True when tokens {@code [start, end)} are negated; a cue that states a negation itself is never negated. */
    static boolean negated(List<Token> tokens, int start, int end, boolean cueIsNegative) {
        if (cueIsNegative || start < 0 || start >= end) {
            return false;
        }
        int firstClause = tokens.get(start).clause();
        for (int i = Math.max(0, start - BEFORE); i < start; i++) {
            if (tokens.get(i).clause() == firstClause && isNegator(tokens.get(i).stem())) {
                return true;
            }
        }
        for (int i = start; i < end; i++) {
            if (isNegator(tokens.get(i).stem())) {
                return true;
            }
        }
        int lastClause = tokens.get(end - 1).clause();
        for (int i = end; i < Math.min(tokens.size(), end + AFTER); i++) {
            if (tokens.get(i).clause() == lastClause && isNegator(tokens.get(i).stem())) {
                return true;
            }
        }
        return false;
    }
}
