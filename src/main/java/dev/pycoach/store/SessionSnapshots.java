package dev.pycoach.store;

import dev.pycoach.bank.Level;
import dev.pycoach.bank.Topic;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.MisconceptionHit;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.Mode;
import dev.pycoach.interview.Outcome;
import dev.pycoach.interview.QuestionRecord;
import dev.pycoach.interview.SessionSpec;
import dev.pycoach.interview.SessionStatus;
import dev.pycoach.interview.Turn;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON snapshot of an {@link InterviewSession}. The snapshot has its own records, not the domain's, so the
 * domain can change shape while stored snapshots stay readable: {@link #FORMAT} says which shape a snapshot has,
 * and a reader for an older format can be added next to this one when it changes.
 */
public final class SessionSnapshots {
    /** The snapshot format this build writes and reads. */
    public static final int FORMAT = 1;
    private final JsonMapper json = JsonMapper.builder().build();

    public String write(InterviewSession s) {
        SpecV1 spec = new SpecV1(s.spec().topic() == null ? null : s.spec().topic().name(),
                s.spec().level() == null ? null : s.spec().level().name(), s.spec().questions(), s.spec().mode().name(),
                s.spec().probeBudget(), s.spec().seed());
        List<RecordV1> records = s.records().stream().map(r -> new RecordV1(r.questionId(),
                r.turns().stream().map(SessionSnapshots::turn).toList(), r.hintsShown(),
                r.outcome() == null ? null : r.outcome().name())).toList();
        return json.writeValueAsString(new SnapshotV1(FORMAT, s.id(), s.userId(), spec, s.questionIds(), s.index(),
                s.pendingProbe(), records, List.copyOf(s.skippedProbes()), s.status().name(), s.version(),
                s.startedAt(), s.updatedAt()));
    }

    public InterviewSession read(String snapshot) {
        int format = json.readTree(snapshot).path("format").asInt(0);
        if (format != FORMAT) {
            throw new IllegalStateException("interview snapshot format " + format + " is not readable by this build "
                    + "(it reads format " + FORMAT + ")");
        }
        SnapshotV1 s = json.readValue(snapshot, SnapshotV1.class);
        SpecV1 p = s.spec();
        SessionSpec spec = new SessionSpec(p.topic() == null ? null : Topic.valueOf(p.topic()),
                p.level() == null ? null : Level.valueOf(p.level()), p.questions(), Mode.valueOf(p.mode()),
                p.probeBudget(), p.seed());
        List<QuestionRecord> records = s.records().stream().map(r -> new QuestionRecord(r.questionId(),
                r.turns().stream().map(SessionSnapshots::turn).toList(), r.hintsShown(),
                r.outcome() == null ? null : Outcome.valueOf(r.outcome()))).toList();
        return new InterviewSession(s.id(), s.userId(), spec, s.questionIds(), s.index(), s.pendingProbe(), records,
                new LinkedHashSet<>(s.skippedProbes()), SessionStatus.valueOf(s.status()), s.version(),
                s.startedAt(), s.updatedAt());
    }

    private static TurnV1 turn(Turn t) {
        Assessment a = t.assessment();
        return new TurnV1(t.probeRef(), t.skipped(), a == null ? null : new AssessmentV1(a.rubricId(),
                a.concepts().stream().map(c -> new ConceptV1(c.conceptId(), c.coverage().name(), c.evidence())).toList(),
                a.misconceptions().stream().map(m -> new MisconceptionV1(m.misconceptionId(), m.evidence())).toList(),
                a.score()));
    }

    private static Turn turn(TurnV1 t) {
        AssessmentV1 a = t.assessment();
        return new Turn(t.probeRef(), a == null ? null : new Assessment(a.rubricId(),
                a.concepts().stream().map(c -> new ConceptResult(c.id(), Coverage.valueOf(c.coverage()), c.evidence())).toList(),
                a.misconceptions().stream().map(m -> new MisconceptionHit(m.id(), m.evidence())).toList(), a.score()),
                t.skipped());
    }

    record SnapshotV1(int format, String id, String userId, SpecV1 spec, List<String> questionIds, int index,
                      String pendingProbe, List<RecordV1> records, List<String> skippedProbes, String status,
                      long version, Instant startedAt, Instant updatedAt) {
    }

    record SpecV1(String topic, String level, int questions, String mode, int probeBudget, long seed) {
    }

    record RecordV1(String questionId, List<TurnV1> turns, int hintsShown, String outcome) {
    }

    record TurnV1(String probeRef, boolean skipped, AssessmentV1 assessment) {
    }

    record AssessmentV1(String rubricId, List<ConceptV1> concepts, List<MisconceptionV1> misconceptions, int score) {
    }

    record ConceptV1(String id, String coverage, String evidence) {
    }

    record MisconceptionV1(String id, String evidence) {
    }
}
