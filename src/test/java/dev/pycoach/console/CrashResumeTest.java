package dev.pycoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import dev.pycoach.bank.Question;
import dev.pycoach.store.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application is killed (SIGKILL: no shutdown hooks, no graceful close) while a follow-up waits for an answer;
 * started again, it offers the interview back and resumes at the same question and follow-up.
 */
class CrashResumeTest {
    private static final String ANSWER = """
            Only one thread runs Python bytecode at a time.
            It does not protect your code: x += 1 is a read-modify-write, so a thread can switch between the load and the store.
            Use a threading.Lock for shared state. The GIL is released during blocking I/O.
            """;
    private static final Question GIL = TestBanks.question("gil-what-it-protects");
    private static final String PROBE = GIL.probe("why-refcounting-needs-it").orElseThrow().prompt().strip();

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRES})
    @DisplayName("kill -9 mid-interview, start again: resumed at the same question and follow-up")
    void killedMidInterviewResumes(String kind, @TempDir Path dir) throws Exception {
        Path bank = Files.createDirectory(dir.resolve("questions"));
        TestBanks.writeGilWhatItProtects(bank);
        String url = databaseUrl(kind, dir);

        Process first = start(bank, url, "practice", "--topic", "gil", "--level", "mid", "--questions", "1", "--seed", "3");
        Output out1 = Output.of(first.getInputStream());
        OutputStream stdin = first.getOutputStream();
        out1.await("Your answer");
        stdin.write((ANSWER + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        out1.await("Follow-up on question 1:\n" + PROBE);
        first.destroyForcibly(); // SIGKILL on Unix: the JVM gets no chance to flush or close anything
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isNotZero();

        Process second = start(bank, url, "practice", "--questions", "3");
        Output out2 = Output.of(second.getInputStream());
        try (OutputStream in2 = second.getOutputStream()) {
            out2.await("Resume it? [Y/n]");
            in2.write("\n:pause\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();
        String resumed = out2.text();
        assertThat(resumed).contains("You have an unfinished interview: a follow-up on question 1 of 1, coach mode")
                .contains("Resuming: coach mode \u00b7 seed 3")
                .contains("Follow-up on question 1:\n" + PROBE)
                .contains("Paused. Your interview is saved")
                .doesNotContain("Question 1/3");
    }

    private static String databaseUrl(String kind, Path dir) throws Exception {
        if (kind.equals(TestDatabase.H2)) {
            return "jdbc:h2:file:" + dir.resolve("data/pycoach").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        }
        String url = TestDatabase.postgresUrl();
        Assumptions.assumeTrue(url != null, "PostgreSQL crash test skipped: " + TestDatabase.POSTGRES_URL + " is not set");
        String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("create schema " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static Process start(Path bank, String url, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "dev.pycoach.PyCoachApplication"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PYCOACH_BANK_DIR", bank.toString());
        pb.environment().put("PYCOACH_DATABASE_URL", url);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    /** Collects a child's stdout on a thread, so the test can wait for a line without blocking on the pipe. */
    private static final class Output {
        private final StringBuffer text = new StringBuffer();

        static Output of(InputStream in) {
            Output out = new Output();
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // the process was killed: its pipe closes
                }
            });
            reader.setDaemon(true);
            reader.start();
            return out;
        }

        void await(String expected) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!text.toString().contains(expected)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out waiting for:\n" + expected + "\n--- output so far ---\n" + text);
                }
                Thread.sleep(50);
            }
        }

        String text() throws InterruptedException {
            Thread.sleep(200);
            return text.toString();
        }
    }
}
