package dev.pycoach.grading;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a cue match sits in a negated clause ("the GIL does <b>not</b> protect ...").
 * It looks a few words before and after the match, never across a clause boundary, and inside the match.
 */
final class Negation {
    /** Whole words, not stems: the stem of "none" is "non", which would make "non-blocking" a negation. */
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "cannot", "without", "neither",
            "nor", "none", "nothing", "nobody", "hardly", "lack", "lacks", "isnt", "doesnt", "dont");
    private static final int BEFORE = 4;
    private static final int AFTER = 2;

    private Negation() {
    }

    static boolean isNegator(String word) {
        return NEGATORS.contains(word);
    }

    /** True when tokens {@code [start, end)} are negated; a cue that states a negation itself is never negated. */
    static boolean negated(List<Token> tokens, int start, int end, boolean cueIsNegative) {
        if (cueIsNegative || start < 0 || start >= end) {
            return false;
        }
        int firstClause = tokens.get(start).clause();
        for (int i = Math.max(0, start - BEFORE); i < start; i++) {
            if (tokens.get(i).clause() == firstClause && isNegator(tokens.get(i).word())) {
                return true;
            }
        }
        for (int i = start; i < end; i++) {
            if (isNegator(tokens.get(i).word())) {
                return true;
            }
        }
        int lastClause = tokens.get(end - 1).clause();
        for (int i = end; i < Math.min(tokens.size(), end + AFTER); i++) {
            if (tokens.get(i).clause() == lastClause && isNegator(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }
}
