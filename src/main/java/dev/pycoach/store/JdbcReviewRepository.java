package dev.pycoach.store;

import dev.pycoach.progress.ReviewItem;
import dev.pycoach.progress.ReviewRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The review schedule in {@code review_schedule}. */
public final class JdbcReviewRepository implements ReviewRepository {
    private static final String COLUMNS = "concept_key, easiness, interval_days, repetitions, lapses, due_at, reviewed_at";
    private final JdbcClient jdbc;

    public JdbcReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReviewItem> all(String userId) {
        return jdbc.sql("select " + COLUMNS + " from review_schedule where user_id = :user order by concept_key")
                .param("user", userId).query(JdbcReviewRepository::row).list();
    }

    @Override
    public void saveAll(String userId, Collection<ReviewItem> items) {
        for (ReviewItem item : items) {
            if (bind(jdbc.sql("""
                    update review_schedule set easiness = :easiness, interval_days = :interval,
                           repetitions = :repetitions, lapses = :lapses, due_at = :due, reviewed_at = :reviewed
                     where user_id = :user and concept_key = :key"""), userId, item).update() == 0) {
                bind(jdbc.sql("""
                        insert into review_schedule (user_id, concept_key, easiness, interval_days, repetitions,
                                                     lapses, due_at, reviewed_at)
                        values (:user, :key, :easiness, :interval, :repetitions, :lapses, :due, :reviewed)"""),
                        userId, item).update();
            }
        }
    }

    @Override
    public List<ReviewItem> weakest(String userId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from review_schedule where user_id = :user and lapses > 0"
                        + " order by lapses desc, easiness, concept_key limit :limit")
                .param("user", userId).param("limit", limit).query(JdbcReviewRepository::row).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String userId, ReviewItem item) {
        return spec.param("user", userId).param("key", item.conceptKey()).param("easiness", item.easiness())
                .param("interval", item.intervalDays()).param("repetitions", item.repetitions())
                .param("lapses", item.lapses()).param("due", Sql.ts(item.dueAt()))
                .param("reviewed", Sql.ts(item.reviewedAt()));
    }

    private static ReviewItem row(ResultSet rs, int i) throws SQLException {
        return new ReviewItem(rs.getString("concept_key"), rs.getDouble("easiness"), rs.getInt("interval_days"),
                rs.getInt("repetitions"), rs.getInt("lapses"), Sql.instant(rs, "due_at"), Sql.instant(rs, "reviewed_at"));
    }
}
