package dev.pycoach.interview;

/**
 * Told of every saved interview step, inside the same transaction as the save, so the answers a step graded
 * and the session that contains them are stored together or not at all.
 */
@FunctionalInterface
public interface ProgressRecorder {

    /** {@code before} is null when {@code after} was just started. */
    void stepSaved(InterviewSession before, InterviewSession after);

    ProgressRecorder NONE = (before, after) -> { };
}
