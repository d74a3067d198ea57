package dev.pycoach.grading;

/** A word of a sentence: the word, its stem, where it sits in the text, and which clause it belongs to. */
record Token(String word, String stem, int start, int end, int clause) {
}
