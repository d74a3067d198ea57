package dev.pycoach.bench;

import dev.pycoach.grading.SentenceEmbedder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the vectors of every batch, so a threshold sweep embeds each answer once (by batch, since a
 * vector depends slightly on its batch-mates). Benchmark use only.
 */
final class MemoizingEmbedder implements SentenceEmbedder {
    private final SentenceEmbedder delegate;
    private final Map<List<String>, List<float[]>> memory = new ConcurrentHashMap<>();

    MemoizingEmbedder(SentenceEmbedder delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        return memory.computeIfAbsent(List.copyOf(sentences), delegate::embed);
    }
}
