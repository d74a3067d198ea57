package dev.pycoach.store;

import dev.pycoach.bank.Topic;
import dev.pycoach.progress.AnswerRecord;
import dev.pycoach.progress.AnswerRepository;
import dev.pycoach.progress.StreakScope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The answer log in {@code answers}. */
public final class JdbcAnswerRepository implements AnswerRepository {
    private final JdbcClient jdbc;

    public JdbcAnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(AnswerRecord a) {
        jdbc.sql("""
                        insert into answers (user_id, server_id, session_id, question_id, probe_ref, topic, score,
                                             covered, partial, missed, misconceptions, answered_at, practice_day)
                        values (:user, :server, :session, :question, :probe, :topic, :score,
                                :covered, :partial, :missed, :misconceptions, :at, :day)""")
                .param("user", a.userId())
                .param("server", a.serverId())
                .param("session", a.sessionId())
                .param("question", a.questionId())
                .param("probe", a.probeRef())
                .param("topic", a.topic().slug())
                .param("score", a.score())
                .param("covered", Sql.ids(a.covered()))
                .param("partial", Sql.ids(a.partial()))
                .param("missed", Sql.ids(a.missed()))
                .param("misconceptions", Sql.ids(a.misconceptions()))
                .param("at", Sql.ts(a.answeredAt()))
                .param("day", a.practiceDay())
                .update();
    }

    @Override
    public Set<String> questionsSince(String userId, Instant since) {
        return new HashSet<>(jdbc.sql("select distinct question_id from answers where user_id = :user and answered_at >= :since")
                .param("user", userId).param("since", Sql.ts(since)).query(String.class).list());
    }

    @Override
    public Totals totals(String userId) {
        return jdbc.sql("""
                        select count(*) as n, coalesce(avg(cast(score as double precision)), 0) as average
                          from answers where user_id = :user""")
                .param("user", userId)
                .query((rs, i) -> new Totals(rs.getLong("n"), rs.getDouble("average"))).single();
    }

    @Override
    public List<MainAnswer> mainAnswers(String userId) {
        return jdbc.sql("""
                        select question_id, topic, score, answered_at from answers
                         where user_id = :user and probe_ref is null order by answered_at, answer_id""")
                .param("user", userId)
                .query((rs, i) -> new MainAnswer(rs.getString("question_id"),
                        Topic.fromSlug(rs.getString("topic")).orElseThrow(), rs.getInt("score"),
                        Sql.instant(rs, "answered_at")))
                .list();
    }

    @Override
    public List<LocalDate> practiceDays(String userId, StreakScope scope) {
        String server = scope.serverId();
        return jdbc.sql("select practice_day from answers where user_id = :user"
                        + (server == null ? "" : " and server_id = :server") + " order by answered_at, answer_id")
                .param("user", userId)
                .params(server == null ? java.util.Map.of() : java.util.Map.of("server", server))
                .query((rs, i) -> rs.getObject("practice_day", LocalDate.class)).list();
    }
}
