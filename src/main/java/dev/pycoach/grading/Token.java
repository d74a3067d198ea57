package dev.pycoach.grading;

/** A word of a sentence: its stem, where it sits in the text, and which clause it belongs to. */
record Token(String stem, int start, int end, int clause) {
}
