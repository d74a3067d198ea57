package dev.pycoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.PyCoachApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** Console practice over an embedded file database that outlives each run, as ./data does for a user. */
class ConsoleResumeTest {
    private static final String ANSWER = "Only one thread runs Python bytecode at a time.\n\n";
    @TempDir
    Path dir;
    private String out;
    private String err;

    private int run(String stdin, String... args) {
        String url = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("data/pycoach").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        PyCoachCli cli = new PyCoachCli(springArgs -> {
            List<String> all = new ArrayList<>(List.of(springArgs));
            all.add("--pycoach.bank-dir=questions");
            all.add(url);
            SpringApplication app = new SpringApplication(PyCoachApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            return app.run(all.toArray(String[]::new));
        }, 7);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = cli.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    @DisplayName(":pause keeps the interview; the next start offers it back, n ends it, --resume and --new skip the question")
    void resumeOffer() {
        assertThat(run(ANSWER + ":pause\n", "practice", "--questions", "2", "--seed", "11")).isZero();
        assertThat(out).contains("Paused. Your interview is saved").doesNotContain("=== Scorecard ===");
        assertThat(count("select count(*) from answers where user_id = 'console'")).isEqualTo(1);
        assertThat(count("select count(*) from streaks where user_id = 'console' and current_days = 1")).isEqualTo(1);
        assertThat(run("", "stats")).isZero();
        assertThat(out).startsWith("Practice streak: 1 day (longest 1 day) \u00b7 freezes held: 0/2 \u00b7 today counts already\n")
                .contains("Answers: 1 \u00b7 average score ").contains("Mastery by topic");

        assertThat(run("maybe\nn\n:pause\n", "practice", "--questions", "1", "--seed", "12")).isZero();
        assertThat(out).contains("You have an unfinished interview: ")
                .contains("of 2, coach mode, last saved ")
                .contains("Please answer y (resume it) or n (end it and start a new one).")
                .contains("Ended the unfinished interview (overall ")
                .contains("PyCoach practice \u00b7 coach mode \u00b7 seed 12").contains("Question 1/1");

        assertThat(run(":quit\n", "practice", "--resume", "--seed", "13")).isZero();
        assertThat(out).doesNotContain("Resume it?").contains("Resuming: coach mode \u00b7 seed 12")
                .contains("Question 1/1").contains("=== Scorecard ===");

        assertThat(run(":quit\n", "practice", "--new", "--seed", "14")).isZero();
        assertThat(out).doesNotContain("Resume it?").doesNotContain("Ended the unfinished")
                .contains("seed 14");
    }

    private long count(String sql) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/pycoach").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", ""); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("--resume and --new together are a usage error; grade never opens the database")
    void flagsAndGrade() {
        assertThat(run("", "practice", "--resume", "--new")).isEqualTo(2);
        assertThat(err).contains("give at most one of --resume and --new");

        assertThat(run("", "grade", "--question", "gil-what-it-protects", "--answer", "The GIL is a lock.")).isZero();
        assertThat(out).startsWith("{\"question\":\"gil-what-it-protects\"");
        assertThat(Files.exists(dir.resolve("data"))).isFalse();
    }
}
