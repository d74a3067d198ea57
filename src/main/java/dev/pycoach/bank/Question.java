package dev.pycoach.bank;

import java.util.List;
import java.util.Optional;

/** One bank question with its rubric, misconceptions, probe ladder, hints and model answer. */
public record Question(String id, Topic topic, Level level, Kind kind, String python, String prompt,
                       CodeSnippet code, List<Concept> concepts, List<Misconception> misconceptions,
                       List<Probe> probes, List<String> hints, String modelAnswer, List<String> references,
                       SourceRef source) implements Rubric {
    public Question {
        concepts = List.copyOf(concepts);
        misconceptions = List.copyOf(misconceptions);
        probes = List.copyOf(probes);
        hints = List.copyOf(hints);
        references = List.copyOf(references);
    }

    public Optional<Probe> probe(String probeId) {
        return probes.stream().filter(p -> p.id().equals(probeId)).findFirst();
    }

    public Optional<Concept> concept(String conceptId) {
        return concepts.stream().filter(c -> c.id().equals(conceptId)).findFirst();
    }

    public Optional<Misconception> misconception(String misconceptionId) {
        return misconceptions.stream().filter(m -> m.id().equals(misconceptionId)).findFirst();
    }

    public Optional<CodeSnippet> codeSnippet() {
        return Optional.ofNullable(code);
    }

    /** The prompt as a candidate sees it: the text, then the code block when there is one. */
    public String displayPrompt() {
        if (code == null) {
            return prompt.strip();
        }
        return prompt.strip() + "\n\n```py\n" + code.source().stripTrailing() + "\n```";
    }
}
