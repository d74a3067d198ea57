package dev.pycoach.grading;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Misconception;
import dev.pycoach.bank.Rubric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline grader: cue phrases and patterns per concept, with stemming, synonyms and negation.
 * A sentence that states a misconception earns no concept, and neither does a negated cue.
 */
public final class LexicalGrader implements Grader {
    private static final int EVIDENCE_LIMIT = 300;

    private final TextAnalyzer analyzer;
    private final Map<Rubric, CompiledRubric> compiled = new ConcurrentHashMap<>();

    public LexicalGrader() {
        this.analyzer = new TextAnalyzer(Synonyms.bundled());
    }

    private record CompiledRubric(Map<String, List<CompiledCue>> concepts, Map<String, List<CompiledCue>> misconceptions) {
    }

    /** The lexical grade and what it was computed from, for graders that build on it. */
    record Detailed(Assessment assessment, List<Sentence> sentences, Set<Sentence> tainted) {
    }

    @Override
    public Assessment assess(Rubric rubric, String answer) {
        return detailed(rubric, answer).assessment();
    }

    TextAnalyzer analyzer() {
        return analyzer;
    }

    Detailed detailed(Rubric rubric, String answer) {
        CompiledRubric cues = compiled.computeIfAbsent(rubric, this::compile);
        List<Sentence> sentences = analyzer.sentences(answer);

        List<MisconceptionHit> hits = new ArrayList<>();
        Set<Sentence> tainted = new HashSet<>();
        for (Misconception m : rubric.misconceptions()) {
            // every sentence stating it is tainted, not just the first: an answer often repeats its wrong belief
            List<Sentence> stating = allMatches(sentences, cues.misconceptions().get(m.id()));
            if (!stating.isEmpty()) {
                hits.add(new MisconceptionHit(m.id(), evidence(stating.get(0))));
                tainted.addAll(stating);
            }
        }

        List<ConceptResult> results = new ArrayList<>();
        for (Concept concept : rubric.concepts()) {
            List<CompiledCue> conceptCues = cues.concepts().get(concept.id());
            ConceptResult result = firstMatch(sentences, conceptCues, tainted, false)
                    .map(s -> new ConceptResult(concept.id(), Coverage.COVERED, evidence(s)))
                    .or(() -> firstMatch(sentences, conceptCues, tainted, true)
                            .map(s -> new ConceptResult(concept.id(), Coverage.PARTIAL, evidence(s))))
                    .orElse(new ConceptResult(concept.id(), Coverage.MISSED, null));
            results.add(result);
        }
        return new Detailed(new Assessment(rubric.id(), results, hits, Scoring.score(rubric, results, hits.size())),
                sentences, tainted);
    }

    private CompiledRubric compile(Rubric rubric) {
        Map<String, List<CompiledCue>> concepts = new ConcurrentHashMap<>();
        for (Concept c : rubric.concepts()) {
            concepts.put(c.id(), c.cues().stream().map(cue -> CompiledCue.compile(cue, analyzer)).toList());
        }
        Map<String, List<CompiledCue>> misconceptions = new ConcurrentHashMap<>();
        for (Misconception m : rubric.misconceptions()) {
            misconceptions.put(m.id(), m.cues().stream().map(cue -> CompiledCue.compile(cue, analyzer)).toList());
        }
        return new CompiledRubric(concepts, misconceptions);
    }

    /** Every sentence where a full-strength cue matches. */
    private static List<Sentence> allMatches(List<Sentence> sentences, List<CompiledCue> cues) {
        return sentences.stream()
                .filter(sentence -> cues.stream().anyMatch(cue -> !cue.weak() && cue.matches(sentence)))
                .toList();
    }

    /** The first sentence (not tainted) where a cue of the wanted strength matches. */
    private static Optional<Sentence> firstMatch(List<Sentence> sentences, List<CompiledCue> cues,
                                                           Set<Sentence> tainted, boolean weak) {
        for (Sentence sentence : sentences) {
            if (tainted.contains(sentence)) {
                continue;
            }
            for (CompiledCue cue : cues) {
                if (cue.weak() == weak && cue.matches(sentence)) {
                    return Optional.of(sentence);
                }
            }
        }
        return Optional.empty();
    }

    static String evidence(Sentence sentence) {
        String text = sentence.original().replaceAll("\\s+", " ").strip();
        return text.length() <= EVIDENCE_LIMIT ? text : text.substring(0, EVIDENCE_LIMIT - 1) + "\u2026";
    }
}
