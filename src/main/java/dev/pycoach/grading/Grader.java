package dev.pycoach.grading;

import dev.pycoach.bank.Rubric;

/** Grades an answer against a rubric (a question, a probe or a challenge). Implementations are deterministic. */
public interface Grader {
    Assessment assess(Rubric rubric, String answer);
}
