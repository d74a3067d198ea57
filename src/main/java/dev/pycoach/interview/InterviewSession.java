package dev.pycoach.interview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of one interview, immutable: every engine step returns a new session with {@code version}
 * one higher, so a store can write it through and refuse a stale concurrent update.
 *
 * @param pendingProbe the probe waiting for an answer (a probe id or a challenge ref), null otherwise
 * @param skippedProbes refs of probes skipped in this session ("questionId/ref"); never asked again
 */
public record InterviewSession(String id, String userId, SessionSpec spec, List<String> questionIds, int index,
                               String pendingProbe, List<QuestionRecord> records, Set<String> skippedProbes,
                               SessionStatus status, long version, Instant startedAt, Instant updatedAt) {
    public InterviewSession {
        questionIds = List.copyOf(questionIds);
        records = List.copyOf(records);
        skippedProbes = Set.copyOf(new LinkedHashSet<>(skippedProbes));
    }

    public boolean finished() {
        return status == SessionStatus.FINISHED;
    }

    public String currentQuestionId() {
        return index < questionIds.size() ? questionIds.get(index) : null;
    }

    public QuestionRecord currentRecord() {
        return records.get(index);
    }

    InterviewSession withRecord(QuestionRecord record, Instant now) {
        List<QuestionRecord> next = new ArrayList<>(records);
        next.set(index, record);
        return new InterviewSession(id, userId, spec, questionIds, index, pendingProbe, next, skippedProbes, status,
                version, startedAt, now);
    }

    /** The one version bump of an engine step: every step that changes state calls it exactly once. */
    InterviewSession bumped(Instant now) {
        return new InterviewSession(id, userId, spec, questionIds, index, pendingProbe, records, skippedProbes, status,
                version + 1, startedAt, now);
    }

    InterviewSession awaitingProbe(String probeRef) {
        return new InterviewSession(id, userId, spec, questionIds, index, probeRef, records, skippedProbes,
                SessionStatus.AWAITING_PROBE_ANSWER, version, startedAt, updatedAt);
    }

    InterviewSession withSkippedProbe(String key) {
        Set<String> next = new LinkedHashSet<>(skippedProbes);
        next.add(key);
        return new InterviewSession(id, userId, spec, questionIds, index, pendingProbe, records, next, status,
                version, startedAt, updatedAt);
    }

    /** Closes the current question and moves to the next, or finishes. */
    InterviewSession advance() {
        int next = index + 1;
        SessionStatus nextStatus = next >= questionIds.size() ? SessionStatus.FINISHED : SessionStatus.AWAITING_ANSWER;
        return new InterviewSession(id, userId, spec, questionIds, Math.min(next, questionIds.size()), null, records,
                skippedProbes, nextStatus, version, startedAt, updatedAt);
    }

    InterviewSession finished(List<QuestionRecord> closedRecords, Instant now) {
        return new InterviewSession(id, userId, spec, questionIds, index, null, closedRecords, skippedProbes,
                SessionStatus.FINISHED, version, startedAt, now);
    }
}
