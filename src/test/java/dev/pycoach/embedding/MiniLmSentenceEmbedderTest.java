package dev.pycoach.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batched encoder must give (nearly) the vectors the model gives one sentence at a time: the quantised
 * model scales activations per run, so batch-mates move a vector a little, never its meaning.
 */
class MiniLmSentenceEmbedderTest {
    private static final List<String> SENTENCES = List.of(
            "The GIL is released around blocking I/O.",
            "Objects are freed as soon as nothing points to them any more, which is reference counting without the words.",
            "x",
            "A generator keeps its frame alive between next() calls, so local variables survive.");
    private static MiniLmSentenceEmbedder batched;
    private static AllMiniLmL6V2QuantizedEmbeddingModel reference;

    @BeforeAll
    static void load() {
        batched = new MiniLmSentenceEmbedder();
        reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Test
    void aBatchGivesTheVectorsOfOneSentenceAtATime() {
        List<float[]> vectors = batched.embed(SENTENCES);
        assertThat(vectors).hasSize(SENTENCES.size());
        for (int i = 0; i < SENTENCES.size(); i++) {
            float[] expected = reference.embed(SENTENCES.get(i)).content().vector();
            assertThat(cosine(vectors.get(i), expected)).as(SENTENCES.get(i)).isGreaterThan(0.97);
            assertThat(cosine(batched.embed(List.of(SENTENCES.get(i))).get(0), expected)).isGreaterThan(0.9999);
            assertThat(cosine(vectors.get(i), vectors.get(i))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void theSameBatchAlwaysGivesTheSameVectors() {
        List<float[]> first = batched.embed(SENTENCES);
        List<float[]> second = batched.embed(SENTENCES);
        for (int i = 0; i < SENTENCES.size(); i++) {
            assertThat(second.get(i)).containsExactly(first.get(i));
        }
    }

    @Test
    void batchesLargerThanOneRunKeepTheirOrder() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add(SENTENCES.get(i % SENTENCES.size()));
        }
        List<float[]> vectors = batched.embed(many);
        assertThat(vectors).hasSize(150);
        for (int i = 0; i < many.size(); i++) {
            assertThat(cosine(vectors.get(i), vectors.get(i % SENTENCES.size()))).isGreaterThan(0.97);
        }
        assertThat(cosine(vectors.get(0), vectors.get(1))).isLessThan(0.9);
    }

    @Test
    void relatedMeaningsAreCloserThanUnrelatedOnes() {
        List<float[]> v = batched.embed(List.of("Memory is reclaimed the moment the last reference goes away.",
                "CPython frees an object when its reference count drops to zero.",
                "Use asyncio for many concurrent network connections."));
        assertThat(cosine(v.get(0), v.get(1))).isGreaterThan(cosine(v.get(0), v.get(2)) + 0.2);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
