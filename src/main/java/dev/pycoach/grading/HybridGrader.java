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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lexical cues first, then meaning: a concept the cues missed is still credited when an answer sentence is
 * close enough in embedding space to the concept's point or one of its phrase cues, and a misconception is
 * caught when a sentence is close to its claim. Misconceptions outrank coverage (a sentence that states one
 * earns nothing), a sentence whose polarity differs from the concept's ("does not ...") earns nothing, and
 * the result is deterministic: the same answer always gets the same assessment.
 */
public final class HybridGrader implements Grader {
    private static final int MIN_WORDS = 4;
    private final LexicalGrader lexical;
    private final SentenceEmbedder embedder;
    private final SemanticThresholds thresholds;
    private final Map<Rubric, Anchors> anchors = new ConcurrentHashMap<>();

    public HybridGrader(LexicalGrader lexical, SentenceEmbedder embedder, SemanticThresholds thresholds) {
        this.lexical = lexical;
        this.embedder = embedder;
        this.thresholds = thresholds;
    }

    /** Reference vectors of one rubric, computed once. */
    private record Anchors(Map<String, List<float[]>> concepts, Map<String, Boolean> conceptNegative,
                           Map<String, List<float[]>> misconceptions, Map<String, Boolean> misconceptionNegative) {
    }

    @Override
    public Assessment assess(Rubric rubric, String answer) {
        LexicalGrader.Detailed lex = lexical.detailed(rubric, answer);
        List<Sentence> units = lex.sentences().stream()
                .filter(s -> s.stems().size() >= MIN_WORDS && !looksLikeCode(s.original()))
                .toList();
        if (units.isEmpty()) {
            return lex.assessment();
        }
        Anchors a = anchors.computeIfAbsent(rubric, this::anchorsOf);
        List<float[]> vectors = embedder.embed(units.stream().map(Sentence::original).toList());

        List<MisconceptionHit> hits = new ArrayList<>(lex.assessment().misconceptions());
        Set<Sentence> tainted = new HashSet<>(lex.tainted());
        for (Misconception m : rubric.misconceptions()) {
            if (hits.stream().anyMatch(h -> h.misconceptionId().equals(m.id()))) {
                continue;
            }
            Best best = best(units, vectors, a.misconceptions().get(m.id()), a.misconceptionNegative().get(m.id()), Set.of());
            if (best.similarity() >= thresholds.misconception()) {
                hits.add(new MisconceptionHit(m.id(), LexicalGrader.evidence(best.sentence())));
                tainted.add(best.sentence());
            }
        }

        List<ConceptResult> results = new ArrayList<>();
        for (ConceptResult r : lex.assessment().concepts()) {
            if (r.coverage() == Coverage.COVERED) {
                results.add(r);
                continue;
            }
            Best best = best(units, vectors, a.concepts().get(r.conceptId()), a.conceptNegative().get(r.conceptId()), tainted);
            Coverage semantic = best.similarity() >= thresholds.covered() ? Coverage.COVERED
                    : best.similarity() >= thresholds.partial() ? Coverage.PARTIAL : Coverage.MISSED;
            results.add(semantic.credit() > r.coverage().credit()
                    ? new ConceptResult(r.conceptId(), semantic, LexicalGrader.evidence(best.sentence())) : r);
        }
        return new Assessment(rubric.id(), results, hits, Scoring.score(rubric, results, hits.size()));
    }

    private record Best(Sentence sentence, double similarity) {
    }

    private static Best best(List<Sentence> units, List<float[]> vectors, List<float[]> refs, boolean negative,
                             Set<Sentence> excluded) {
        Best best = new Best(null, 0);
        for (int i = 0; i < units.size(); i++) {
            Sentence s = units.get(i);
            if (excluded.contains(s) || negated(s) != negative) {
                continue;
            }
            for (float[] ref : refs) {
                double sim = Math.round(dot(vectors.get(i), ref) * 1000) / 1000.0;
                if (sim > best.similarity()) {
                    best = new Best(s, sim);
                }
            }
        }
        return best;
    }

    private Anchors anchorsOf(Rubric rubric) {
        Map<String, List<float[]>> concepts = new LinkedHashMap<>();
        Map<String, Boolean> conceptNegative = new LinkedHashMap<>();
        for (Concept c : rubric.concepts()) {
            List<String> texts = new ArrayList<>();
            texts.add(c.point());
            c.cues().stream().filter(HybridGrader::isPhrase).forEach(texts::add);
            concepts.put(c.id(), embedder.embed(texts));
            conceptNegative.put(c.id(), negated(lexical.analyzer().sentence(c.point())));
        }
        Map<String, List<float[]>> misconceptions = new LinkedHashMap<>();
        Map<String, Boolean> misconceptionNegative = new LinkedHashMap<>();
        for (Misconception m : rubric.misconceptions()) {
            misconceptions.put(m.id(), embedder.embed(List.of(m.claim())));
            misconceptionNegative.put(m.id(), negated(lexical.analyzer().sentence(m.claim())));
        }
        return new Anchors(concepts, conceptNegative, misconceptions, misconceptionNegative);
    }

    /** A plain phrase cue of three words or more says enough to compare meanings with. */
    private static boolean isPhrase(String cue) {
        String c = cue.strip();
        return !c.startsWith("/") && !c.startsWith("~") && !c.contains("&") && c.split("\\s+").length >= 3;
    }

    private static boolean negated(Sentence s) {
        return s.stems().stream().anyMatch(t -> Negation.isNegator(t.stem()));
    }

    private static boolean looksLikeCode(String text) {
        return text.contains("\n") && (text.contains("(") || text.contains("=")) && !text.contains(". ");
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
