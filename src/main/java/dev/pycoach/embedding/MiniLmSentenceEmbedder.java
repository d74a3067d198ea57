package dev.pycoach.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.pycoach.grading.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, shipped inside its Maven artifact) on the CPU. The model is loaded on
 * first use, or ahead of time with {@link #warmUp}, so start-up does not wait for it.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {
    private volatile EmbeddingModel model;

    /** Loads the model on {@code executor} so the first answer does not pay for it. */
    public void warmUp(Executor executor) {
        executor.execute(this::model);
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        EmbeddingModel m = model();
        List<float[]> vectors = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            vectors.add(normalised(m.embed(TextSegment.from(s)).content().vector()));
        }
        return vectors;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}
