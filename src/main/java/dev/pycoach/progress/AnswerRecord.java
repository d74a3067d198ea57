package dev.pycoach.progress;

import dev.pycoach.bank.Topic;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One graded answer as the log keeps it.
 *
 * @param serverId where it was given: the server, or null for a DM or the console
 * @param sessionId the interview it belongs to, null for an answer outside an interview (the daily question)
 * @param probeRef the follow-up answered, null for the question itself
 * @param practiceDay the calendar day of {@code answeredAt} in the user's zone at that moment
 */
public record AnswerRecord(String userId, String serverId, String sessionId, String questionId, String probeRef,
                           Topic topic, int score, List<String> covered, List<String> partial, List<String> missed,
                           List<String> misconceptions, Instant answeredAt, LocalDate practiceDay) {
    public AnswerRecord {
        covered = List.copyOf(covered);
        partial = List.copyOf(partial);
        missed = List.copyOf(missed);
        misconceptions = List.copyOf(misconceptions);
    }

    public boolean isMain() {
        return probeRef == null;
    }
}
