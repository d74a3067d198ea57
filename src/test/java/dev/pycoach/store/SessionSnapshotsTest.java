package dev.pycoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pycoach.interview.InterviewSession;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SessionSnapshotsTest {
    private final SessionSnapshots snapshots = new SessionSnapshots();

    @Test
    @DisplayName("a session survives the JSON snapshot exactly: turns, assessments, pending probe, skipped probes, status")
    void roundTrip() {
        InterviewSession started = Sessions.started("s1", "alice", Instant.parse("2025-03-10T12:00:00Z"));
        InterviewSession probing = Sessions.answeredOnce(started);
        InterviewSession skipped = Sessions.engine(probing.updatedAt(), "s1").skip(probing).session();
        InterviewSession finished = Sessions.finished(skipped);

        for (InterviewSession s : new InterviewSession[] {started, probing, skipped, finished}) {
            assertThat(snapshots.read(snapshots.write(s))).isEqualTo(s);
        }
        assertThat(probing.pendingProbe()).isNotNull();
        assertThat(skipped.skippedProbes()).isNotEmpty();
    }

    @Test
    @DisplayName("the snapshot names its format; one this build cannot read is refused with a clear reason")
    void format() {
        String json = snapshots.write(Sessions.started("s1", "alice", Instant.EPOCH));

        assertThat(json).startsWith("{\"format\":1,");
        assertThat(json).contains("\"startedAt\":\"1970-01-01T00:00:00Z\"");
        assertThatThrownBy(() -> snapshots.read(json.replace("\"format\":1", "\"format\":2")))
                .hasMessage("interview snapshot format 2 is not readable by this build (it reads format 1)");
    }
}
