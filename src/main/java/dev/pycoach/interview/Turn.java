package dev.pycoach.interview;

import dev.pycoach.grading.Assessment;

/**
 * One exchange on a question: the main answer ({@code probeRef} null) or a probe's answer. A skipped probe
 * is a turn with no assessment.
 */
public record Turn(String probeRef, Assessment assessment, boolean skipped) {

    public static Turn answered(String probeRef, Assessment assessment) {
        return new Turn(probeRef, assessment, false);
    }

    public static Turn skipped(String probeRef) {
        return new Turn(probeRef, null, true);
    }

    public boolean isMain() {
        return probeRef == null;
    }
}
