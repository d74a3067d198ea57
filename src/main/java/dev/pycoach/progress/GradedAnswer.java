package dev.pycoach.progress;

import dev.pycoach.bank.Topic;
import dev.pycoach.grading.Assessment;

/**
 * A graded answer to record, from an interview or the daily question.
 *
 * @param serverId the server it was given in, null for a DM or the console
 * @param sessionId the interview, null outside one
 * @param probeRef the follow-up answered, null for the question itself
 */
public record GradedAnswer(String userId, String serverId, String sessionId, String questionId, String probeRef,
                           Topic topic, Assessment assessment) {
}
