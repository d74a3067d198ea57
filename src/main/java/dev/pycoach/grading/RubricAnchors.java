package dev.pycoach.grading;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Misconception;
import dev.pycoach.bank.Rubric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference vectors of one rubric for the semantic layer, computed once: each concept's point and plain phrase
 * cues, each misconception's claim and phrase cues, all centred on the rubric's own centroid (the prompt included),
 * so what every sentence of a question shares stops counting. Also kept: the uncentred concept vectors (is a
 * sentence on the concept's topic at all?), each concept's content words (which sentences to embed first) and
 * each anchor's polarity.
 */
record RubricAnchors(float[] centroid, Map<String, List<float[]>> concepts, Map<String, List<float[]>> rawConcepts,
                     Map<String, Set<String>> stems, Map<String, List<float[]>> misconceptions,
                     Map<String, Boolean> negative) {

    static RubricAnchors of(Rubric rubric, SentenceEmbedder embedder, TextAnalyzer analyzer) {
        Map<String, List<float[]>> concepts = new LinkedHashMap<>();
        Map<String, List<float[]>> misconceptions = new LinkedHashMap<>();
        Map<String, Boolean> negative = new LinkedHashMap<>();
        List<float[]> all = new ArrayList<>(embedder.embed(List.of(rubric.prompt())));
        Map<String, Set<String>> stems = new LinkedHashMap<>();
        for (Concept c : rubric.concepts()) {
            Set<String> words = new HashSet<>();
            analyzer.sentence(c.point()).stems().stream().map(Token::stem)
                    .filter(stem -> stem.length() > 3).forEach(words::add); // content words, roughly
            stems.put(c.id(), words);
            List<float[]> vectors = embed(embedder, c.point(), c.cues());
            concepts.put(c.id(), vectors);
            all.addAll(vectors);
            negative.put(c.id(), negated(analyzer.sentence(c.point())));
        }
        for (Misconception m : rubric.misconceptions()) {
            List<float[]> vectors = embed(embedder, m.claim(), m.cues());
            misconceptions.put(m.id(), vectors);
            all.addAll(vectors);
            negative.put(m.id(), negated(analyzer.sentence(m.claim())));
        }
        float[] centroid = new float[all.get(0).length];
        for (float[] v : all) {
            for (int i = 0; i < v.length; i++) {
                centroid[i] += v[i] / all.size();
            }
        }
        Map<String, List<float[]>> rawConcepts = new LinkedHashMap<>(concepts);
        concepts.replaceAll((id, vs) -> vs.stream().map(v -> centred(v, centroid)).toList());
        misconceptions.replaceAll((id, vs) -> vs.stream().map(v -> centred(v, centroid)).toList());
        return new RubricAnchors(centroid, concepts, rawConcepts, stems, misconceptions, negative);
    }

    /** The statement itself and its plain phrase cues. */
    private static List<float[]> embed(SentenceEmbedder embedder, String statement, List<String> cues) {
        List<String> texts = new ArrayList<>();
        texts.add(statement);
        cues.stream().filter(RubricAnchors::isPhrase).forEach(texts::add);
        return embedder.embed(texts);
    }

    /** A plain phrase cue of three words or more says enough to compare meanings with. */
    private static boolean isPhrase(String cue) {
        String c = cue.strip();
        return !c.startsWith("/") && !c.startsWith("~") && !c.contains("&") && c.split("\\s+").length >= 3;
    }

    /**
     * A sentence reads as negative when its first clause is negated: "X does not Y, so ..." is negative,
     * "X is Y — so that it can't get mangled" is not.
     */
    static boolean negated(Sentence s) {
        return s.stems().stream().anyMatch(t -> t.clause() == 0 && Negation.isNegator(t.word()));
    }

    static float[] centred(float[] v, float[] centroid) {
        float[] out = new float[v.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - centroid[i];
            norm += out[i] * out[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }
}
