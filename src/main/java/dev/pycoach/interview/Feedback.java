package dev.pycoach.interview;

import dev.pycoach.bank.Rubric;
import dev.pycoach.grading.Assessment;

/** The grade of the answer just given, with the rubric it was graded against (coach mode only). */
public record Feedback(Rubric rubric, Assessment assessment, String nextStepReason) {
}
