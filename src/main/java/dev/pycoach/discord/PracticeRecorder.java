package dev.pycoach.discord;

import dev.pycoach.interview.PracticeService;
import dev.pycoach.progress.PracticeProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a graded {@code /practice} answer as progress ({@link PracticeProgress}). Without the database store there is
 * nothing to save. A failure to save never costs the user their feedback: it is logged and reported as unsaved.
 */
@FunctionalInterface
interface PracticeRecorder {
    PracticeRecorder NONE = (userId, result) -> true;

    /** @return false when the answer could not be saved */
    boolean saved(String userId, PracticeService.Result result);

    static PracticeRecorder of(PracticeProgress progress) {
        Logger log = LoggerFactory.getLogger(PracticeRecorder.class);
        return (userId, result) -> {
            try {
                progress.record(userId, result.question(), result.feedback().assessment());
                return true;
            } catch (RuntimeException e) {
                log.warn("Could not save a practice answer to {}: {}", result.question().id(), e.toString());
                return false;
            }
        };
    }
}
