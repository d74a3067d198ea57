package dev.pycoach.grading;

import java.util.List;

/**
 * One sentence of an answer in the three forms grading needs: the original (shown as evidence),
 * the normalised text (what regex cues see, with its tokens), and the stemmed tokens after synonyms
 * (what phrase cues see).
 */
record Sentence(String original, String text, List<Token> textTokens, List<Token> stems) {
}
