package dev.pycoach.bench;

import dev.pycoach.grading.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers every vector, so a threshold sweep embeds each sentence once. Benchmark use only. */
final class MemoizingEmbedder implements SentenceEmbedder {
    private final SentenceEmbedder delegate;
    private final Map<String, float[]> memory = new ConcurrentHashMap<>();

    MemoizingEmbedder(SentenceEmbedder delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        List<float[]> out = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            out.add(memory.computeIfAbsent(s, k -> delegate.embed(List.of(k)).get(0)));
        }
        return out;
    }
}
