package dev.pycoach.grading;

import java.util.List;

/** Turns sentences into unit-length vectors whose dot product measures how close their meanings are. */
public interface SentenceEmbedder {
    List<float[]> embed(List<String> sentences);
}
