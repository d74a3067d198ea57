package dev.pycoach.progress;

import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.MisconceptionHit;
import dev.pycoach.interview.PickHints;
import dev.pycoach.interview.PracticeHistory;
import dev.pycoach.interview.Transactions;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records what a user did: every graded answer in the log, with their streaks, weekly points and server
 * membership, and a question's concepts in their review schedule once the question is closed. Also tells the
 * question picker what is recent, due and seen.
 */
public final class ProgressService implements PracticeHistory {
    /** A question answered within this long is not picked again while anything else is left. */
    public static final Duration RECENT = Duration.ofDays(14);
    private final AnswerRepository answers;
    private final StreakRepository streaks;
    private final ReviewRepository reviews;
    private final SettingsRepository settings;
    private final LeaderboardRepository boards;
    private final Transactions transactions;
    private final Clock clock;
    private final TimeZones zones;
    private final StreakPolicy streakPolicy = new StreakPolicy();
    private final ReviewPolicy reviewPolicy = new ReviewPolicy();

    public ProgressService(AnswerRepository answers, StreakRepository streaks, ReviewRepository reviews,
                           SettingsRepository settings, LeaderboardRepository boards, Transactions transactions,
                           Clock clock) {
        this.answers = answers;
        this.streaks = streaks;
        this.reviews = reviews;
        this.settings = settings;
        this.boards = boards;
        this.transactions = transactions;
        this.clock = clock;
        this.zones = new TimeZones(settings);
    }

    /** Records one graded answer, now, on the user's calendar; returns what was stored. */
    public AnswerRecord recordAnswer(GradedAnswer answer) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            String userId = answer.userId();
            String serverId = answer.serverId();
            UserSettings user = settings.user(userId).orElse(UserSettings.defaults(userId));
            if (serverId != null) {
                user = joinServer(serverId, user, now);
            }
            ZoneId zone = zones.zoneOf(user, serverId);
            LocalDate day = now.atZone(zone).toLocalDate();
            AnswerRecord record = toRecord(answer, now, day);
            answers.add(record);
            extendStreak(StreakScope.PERSONAL, userId, day, zone, now);
            if (serverId != null) {
                extendStreak(StreakScope.server(serverId), userId, day, zone, now);
            }
            boards.addPoints(userId, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), record.score());
            return record;
        });
    }

    /** Updates the review schedule of a closed question's concepts (concept id to how well it was recalled). */
    public List<ReviewItem> recordReview(String userId, String questionId, Map<String, Recall> recalls) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Map<String, ReviewItem> previous = new HashMap<>();
            reviews.all(userId).forEach(item -> previous.put(item.conceptKey(), item));
            List<ReviewItem> updated = recalls.entrySet().stream().map(e -> {
                String key = ReviewItem.key(questionId, e.getKey());
                return reviewPolicy.review(previous.get(key), key, e.getValue(), now);
            }).toList();
            reviews.saveAll(userId, updated);
            return updated;
        });
    }

    /**
     * Puts the user on the server's leaderboard and makes it their home server (whose zone counts their days
     * while they set none). For the Discord adapter to call when a user first uses the bot in a server.
     */
    public void joinServer(String serverId, String userId) {
        transactions.run(() -> joinServer(serverId,
                settings.user(userId).orElse(UserSettings.defaults(userId)), clock.instant()));
    }

    private UserSettings joinServer(String serverId, UserSettings user, Instant now) {
        if (serverId.equals(user.homeServerId())) {
            return user; // already a member: membership is added together with the home server
        }
        settings.addMember(serverId, user.userId(), now);
        UserSettings moved = user.withHomeServer(serverId);
        settings.saveUser(moved, now);
        return moved;
    }

    @Override
    public PickHints hintsFor(String userId) {
        Instant now = clock.instant();
        Set<String> recent = answers.questionsSince(userId, now.minus(RECENT));
        Set<String> due = new HashSet<>();
        Set<String> seen = new HashSet<>(recent);
        for (ReviewItem item : reviews.all(userId)) {
            seen.add(item.questionId());
            if (item.dueBy(now)) {
                due.add(item.questionId());
            }
        }
        return new PickHints(recent, due, seen);
    }

    private void extendStreak(StreakScope scope, String userId, LocalDate day, ZoneId zone, Instant now) {
        StreakState before = streaks.findForUpdate(scope, userId).map(StreakRecord::state).orElse(StreakState.NONE);
        StreakState after = streakPolicy.practised(before, day);
        if (!after.equals(before)) {
            streaks.save(new StreakRecord(scope, userId, after, streakPolicy.breaksAt(after, zone)));
        }
    }

    private static AnswerRecord toRecord(GradedAnswer answer, Instant now, LocalDate day) {
        List<ConceptResult> concepts = answer.assessment().concepts();
        return new AnswerRecord(answer.userId(), answer.serverId(), answer.sessionId(), answer.questionId(),
                answer.probeRef(), answer.topic(), answer.assessment().score(),
                ids(concepts, Coverage.COVERED), ids(concepts, Coverage.PARTIAL), ids(concepts, Coverage.MISSED),
                answer.assessment().misconceptions().stream().map(MisconceptionHit::misconceptionId).toList(), now, day);
    }

    private static List<String> ids(List<ConceptResult> concepts, Coverage coverage) {
        return concepts.stream().filter(c -> c.coverage() == coverage).map(ConceptResult::conceptId).toList();
    }
}
