package dev.pycoach.bank;

import java.util.List;

/**
 * One rubric line: what a strong answer says ({@code point}), how much it counts, the cues that show it,
 * and the feedback shown when it is missed.
 */
public record Concept(String id, String point, int weight, List<String> cues, String explain) {
    public Concept {
        cues = List.copyOf(cues);
    }
}
