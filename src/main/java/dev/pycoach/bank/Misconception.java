package dev.pycoach.bank;

import java.util.List;

/**
 * A confident but wrong belief. A hit outranks coverage: the planner challenges it with {@code challenge},
 * and the challenge answer is graded against the concepts listed in {@code refutes}.
 */
public record Misconception(String id, String claim, List<String> cues, String correction, String challenge,
                            List<String> refutes) {
    public Misconception {
        cues = List.copyOf(cues);
        refutes = List.copyOf(refutes);
    }
}
