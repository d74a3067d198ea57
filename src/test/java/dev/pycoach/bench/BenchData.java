package dev.pycoach.bench;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.progress.ReviewItem;
import dev.pycoach.progress.ReviewPolicy;
import dev.pycoach.progress.StreakPolicy;
import dev.pycoach.progress.StreakScope;
import dev.pycoach.progress.StreakState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Generates a year of practice for N users and streams it into PostgreSQL with COPY, one connection per table.
 * Every derived row (streaks, weekly points, review schedule) is computed with the same policies the app uses,
 * so the measured queries see realistic shapes. Deterministic for a given seed.
 * <p>
 * Activity: 10% practise almost daily, 30% about every other day, 60% about once a week; 1.7 answers per
 * active day on average. Users 0..9,999 are the members of one big server (the 10,000-member leaderboard); the
 * others are spread over 90 servers. About 60% of active days start with the server's daily question.
 */
final class BenchData {
    static final String BIG_SERVER = "900000000000000001";
    static final ZoneId[] ZONES = {ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Tokyo")};
    private final QuestionBank bank;
    private final LocalDate lastDay;
    private final int days;
    private final StreakPolicy streaks = new StreakPolicy();
    private final ReviewPolicy reviews = new ReviewPolicy();
    private final List<String> conceptKeys = new ArrayList<>();
    long answers;

    BenchData(QuestionBank bank, LocalDate lastDay, int days) {
        this.bank = bank;
        this.lastDay = lastDay;
        this.days = days;
        for (Question q : bank.questions()) {
            for (Concept c : q.concepts()) {
                conceptKeys.add(ReviewItem.key(q.id(), c.id()));
            }
        }
    }

    static String userId(int i) {
        return Long.toString(100_000_000_000_000_000L + i);
    }

    static String serverOf(int i) {
        return i < 10_000 ? BIG_SERVER : Long.toString(900_000_000_000_000_002L + i % 90);
    }

    static ZoneId zoneOf(int i) {
        return i % 5 == 0 ? ZONES[(i / 5) % ZONES.length] : ZoneOffset.UTC;
    }

    void load(DataSource ds, int users, long seed) throws SQLException, IOException {
        try (Copy answersCopy = new Copy(ds, "answers (user_id, server_id, session_id, question_id, probe_ref, topic, "
                + "score, covered, partial, missed, misconceptions, answered_at, practice_day)");
             Copy streakCopy = new Copy(ds, "streaks (scope, user_id, current_days, longest_days, freezes_held, "
                     + "freezes_used, last_day, breaks_at, updated_at)");
             Copy pointsCopy = new Copy(ds, "weekly_points (user_id, week_start, points, answers)");
             Copy reviewCopy = new Copy(ds, "review_schedule (user_id, concept_key, easiness, interval_days, "
                     + "repetitions, lapses, due_at, reviewed_at)");
             Copy userCopy = new Copy(ds, "users (user_id, time_zone, home_server_id, leaderboard_opt_out, "
                     + "created_at, updated_at)");
             Copy memberCopy = new Copy(ds, "server_members (user_id, server_id, joined_at)");
             Copy serverPointsCopy = new Copy(ds, "server_points (server_id, week_start, user_id, points)")) {
            Random random = new Random(seed);
            for (int i = 0; i < users; i++) {
                user(i, random, answersCopy, streakCopy, pointsCopy, serverPointsCopy, reviewCopy);
                String id = userId(i);
                ZoneId zone = zoneOf(i);
                userCopy.row(id, zone == ZoneOffset.UTC ? null : zone.getId(), serverOf(i), i % 50 == 7,
                        ts(firstInstant()), ts(firstInstant()));
                memberCopy.row(id, serverOf(i), ts(firstInstant()));
            }
        }
    }

    private void user(int i, Random random, Copy answersCopy, Copy streakCopy, Copy pointsCopy, Copy serverPointsCopy,
                      Copy reviewCopy) throws IOException {
        String user = userId(i);
        String server = serverOf(i);
        ZoneId zone = zoneOf(i);
        double p = i % 10 == 0 ? 0.92 : i % 10 < 4 ? 0.5 : 0.12;
        StreakState personal = StreakState.NONE;
        StreakState inServer = StreakState.NONE;
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        Instant lastAnswer = null;
        for (LocalDate day = lastDay.minusDays(days - 1L); !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (random.nextDouble() >= p) {
                continue;
            }
            int count = 1 + (random.nextBoolean() ? 1 : 0) + (random.nextDouble() < 0.2 ? 1 : 0);
            boolean daily = random.nextDouble() < 0.6;
            long second = 7 * 3600 + random.nextInt(15 * 3600);
            for (int a = 0; a < count; a++) {
                Question q = bank.questions().get(random.nextInt(bank.questions().size()));
                String probe = a == 0 || q.probes().isEmpty() ? null
                        : q.probes().get(random.nextInt(q.probes().size())).id();
                int score = Math.min(100, Math.max(0, (int) (60 + random.nextGaussian() * 22)));
                Instant at = day.atStartOfDay(zone).plusSeconds(second + a * 240L).toInstant();
                boolean inSrv = daily && a == 0;
                List<String> ids = (probe == null ? q.concepts() : probeConcepts(q, probe)).stream().map(Concept::id).toList();
                int covered = Math.round(ids.size() * score / 100f);
                answersCopy.row(user, inSrv ? server : null, inSrv ? null : "bench-" + user + "-" + day, q.id(), probe,
                        q.topic().slug(), score, String.join(" ", ids.subList(0, covered)), "",
                        String.join(" ", ids.subList(covered, ids.size())), "", ts(at), day);
                answers++;
                lastAnswer = at;
                int[] week = weeks.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), w -> new int[2]);
                week[0] += score;
                week[1]++;
            }
            personal = streaks.practised(personal, day);
            if (daily) {
                inServer = streaks.practised(inServer, day);
            }
        }
        if (lastAnswer == null) {
            return;
        }
        streakRow(streakCopy, StreakScope.PERSONAL, user, personal, zone, lastAnswer);
        if (inServer.lastDay() != null) {
            streakRow(streakCopy, StreakScope.server(server), user, inServer, zone, lastAnswer);
        }
        for (Map.Entry<LocalDate, int[]> w : weeks.entrySet()) {
            pointsCopy.row(user, w.getKey(), w.getValue()[0], w.getValue()[1]);
            serverPointsCopy.row(server, w.getKey(), user, w.getValue()[0]);
        }
        int concepts = Math.min(conceptKeys.size(), 5 + (int) (p * 30));
        for (int c = 0; c < concepts; c++) {
            ReviewItem item = null;
            Instant at = lastAnswer.minusSeconds(86_400L * random.nextInt(60));
            for (int r = 1 + random.nextInt(4); r > 0; r--) {
                item = reviews.review(item, conceptKeys.get(c), dev.pycoach.progress.Recall.values()[random.nextInt(4)], at);
            }
            reviewCopy.row(user, item.conceptKey(), item.easiness(), item.intervalDays(), item.repetitions(), item.lapses(),
                    ts(item.dueAt()), ts(item.reviewedAt()));
        }
    }

    private static List<Concept> probeConcepts(Question q, String probeId) {
        return q.probe(probeId).map(Probe::concepts).orElse(q.concepts());
    }

    private void streakRow(Copy copy, StreakScope scope, String user, StreakState s, ZoneId zone, Instant updated)
            throws IOException {
        copy.row(scope.key(), user, s.current(), s.longest(), s.freezesHeld(), s.freezesUsed(), s.lastDay(),
                ts(streaks.breaksAt(s, zone)), ts(updated));
    }

    private Instant firstInstant() {
        return lastDay.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String ts(Instant instant) {
        return instant.toString();
    }

    /** One table's COPY ... FROM STDIN (FORMAT csv) on its own connection, fed in 1 MB chunks. */
    private static final class Copy implements AutoCloseable {
        private final Connection connection;
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Copy(DataSource ds, String table) throws SQLException {
            connection = ds.getConnection();
            in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin (format csv)");
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                Object v = values[i];
                if (v instanceof String s) {
                    buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else if (v != null) {
                    buffer.append(v);
                }
            }
            buffer.append('\n');
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        private void flush() throws IOException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException(e);
            }
            buffer.setLength(0);
        }

        @Override
        public void close() throws IOException {
            try {
                flush();
                in.endCopy();
                connection.close();
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }
}
