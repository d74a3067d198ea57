package dev.pycoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import dev.pycoach.grading.Coverage;
import dev.pycoach.grading.LexicalGrader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real application in a child JVM and scripts it through a pipe, as a user's shell script would. */
class ConsolePipeTest {
    private static final String ANSWER = """
            Only one thread runs Python bytecode at a time.
            It does not protect your code: x += 1 is a read-modify-write, so a thread can switch between the load and the store.
            Use a threading.Lock for shared state. The GIL is released during blocking I/O.
            """;

    @Test
    @DisplayName("scripted answers through a pipe: the probe shown targets a concept the answer missed; EOF ends with the scorecard")
    void scriptedPracticeThroughPipe(@TempDir Path bank) throws Exception {
        TestBanks.writeGilWhatItProtects(bank);
        Question gil = TestBanks.question("gil-what-it-protects");
        Probe expected = gil.probe("why-refcounting-needs-it").orElseThrow();
        assertThat(new LexicalGrader().assess(gil, ANSWER).coverageOf(expected.targets())).isEqualTo(Coverage.MISSED);

        ProcessBuilder pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.pycoach.PyCoachApplication",
                "practice", "--topic", "gil", "--level", "mid", "--questions", "1", "--seed", "3"));
        pb.environment().put("PYCOACH_BANK_DIR", bank.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((ANSWER + "\n" + ":hint\n" + "No idea, sorry.\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(output).contains("Question 1/1").contains(gil.prompt().lines().findFirst().orElseThrow());
        assertThat(output).contains("Follow-up on question 1:\n" + expected.prompt().strip());
        assertThat(output).contains("Hint 1/2: " + gil.hints().get(0));
        assertThat(output).contains("=== Scorecard ===").contains("gil-what-it-protects").contains("Overall: ");
        assertThat(output.indexOf("=== Scorecard ===")).isGreaterThan(output.indexOf(expected.prompt().strip()));
    }
}
