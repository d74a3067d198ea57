package dev.pycoach.bank;

import java.util.List;

/** Anything an answer is graded against: a question, an authored probe, or a challenge of a misconception. */
public interface Rubric {
    String id();

    String prompt();

    List<Concept> concepts();

    List<Misconception> misconceptions();

    default int totalWeight() {
        return concepts().stream().mapToInt(Concept::weight).sum();
    }
}
