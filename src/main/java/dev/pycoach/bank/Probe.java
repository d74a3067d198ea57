package dev.pycoach.bank;

import java.util.List;
import java.util.Optional;

/**
 * A follow-up question. It either targets a concept of its question (asked when that concept was missed
 * or thin) or is {@link #DEEPER} (asked when the core is covered). A deeper probe with {@code after} set
 * is the next rung of a ladder: it is only asked once the probe it follows was answered well.
 */
public record Probe(String id, String targets, String after, String prompt, List<Concept> concepts,
                    List<Misconception> misconceptions) implements Rubric {
    public static final String DEEPER = "deeper";

    public Probe {
        concepts = List.copyOf(concepts);
        misconceptions = List.copyOf(misconceptions);
    }

    public boolean isDeeper() {
        return DEEPER.equals(targets);
    }

    public Optional<String> afterProbe() {
        return Optional.ofNullable(after);
    }
}
