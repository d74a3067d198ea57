package dev.pycoach.grading;

/** A misconception the answer stated, with the sentence that stated it. */
public record MisconceptionHit(String misconceptionId, String evidence) {
}
