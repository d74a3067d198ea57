package dev.pycoach.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises text, splits it into sentences and clauses, and stems its words. */
final class TextAnalyzer {
    private static final Pattern FENCE = Pattern.compile("```[a-zA-Z0-9]*\\n?(.*?)(```|$)", Pattern.DOTALL);
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:e\\.g|i\\.e|etc|vs|cf)\\.)(?<=[.!?;])\\s+|\\n\\s*\\n|\\n(?=\\s*(?:[-*\u2022]|\\d+[.)])\\s)");
    /** Dotted names split into their parts, so {@code to_thread} matches {@code asyncio.to_thread}. */
    private static final Pattern WORD = Pattern.compile("[a-z0-9_]+");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[,;:()\\[\\]]|\\s-\\s");
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "however", "although", "though", "whereas",
            "yet", "instead", "unlike");
    private final Synonyms synonyms;

    TextAnalyzer(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    /** Lower case, plain quotes and dashes, contractions expanded, hyphenated words split. */
    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"')
                .replace("\u2013", " - ").replace("\u2014", " - ")
                .replace('`', ' ');
        s = s.replaceAll("\\bwon't\\b", "will not").replaceAll("\\bcan't\\b", "can not")
                .replaceAll("\\bshan't\\b", "shall not").replaceAll("([a-z])n't\\b", "$1 not");
        return s.replaceAll("(?<=[a-z])-(?=[a-z])", " ").replaceAll("[ \\t]+", " ");
    }

    List<Sentence> sentences(String answer) {
        List<Sentence> result = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            return result;
        }
        Matcher fence = FENCE.matcher(answer);
        int last = 0;
        while (fence.find()) {
            prose(answer.substring(last, fence.start()), result);
            String code = fence.group(1).strip();
            if (!code.isEmpty()) {
                result.add(sentence(code));
            }
            last = fence.end();
        }
        prose(answer.substring(last), result);
        return result;
    }

    private void prose(String text, List<Sentence> into) {
        for (String part : SENTENCE_END.split(text)) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                into.add(sentence(trimmed));
            }
        }
    }

    Sentence sentence(String original) {
        String text = normalise(original);
        return new Sentence(original, text, tokens(text), tokens(synonyms.apply(text)));
    }

    /** The stems of a cue phrase, through the same pipeline as answers. */
    List<String> phraseStems(String phrase) {
        return tokens(synonyms.apply(normalise(phrase))).stream().map(Token::stem).toList();
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        int clause = 0;
        int previousEnd = 0;
        while (word.find()) {
            String gap = text.substring(previousEnd, word.start());
            String w = word.group();
            if (!tokens.isEmpty() && (CLAUSE_PUNCTUATION.matcher(gap).find() || CLAUSE_WORDS.contains(w))) {
                clause++;
            }
            tokens.add(new Token(w, Stemmer.stem(w), word.start(), word.end(), clause));
            previousEnd = word.end();
        }
        return tokens;
    }
}
