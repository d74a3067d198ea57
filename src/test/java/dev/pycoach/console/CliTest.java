package dev.pycoach.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.PyCoachApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PyCoachCli cli = new PyCoachCli(() -> {
            SpringApplication app = new SpringApplication(PyCoachApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            return app.run("--pycoach.bank-dir=questions");
        }, 7);
        return cli.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a bad invocation prints what was wrong and the usage, and exits 2")
    void badInvocations() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("error: unknown command 'frobnicate'").contains("Usage:");
        for (String[] args : new String[][] {{"bank"}, {"bank", "explode"}, {"grade", "--question"},
                {"grade", "--question", "x", "--wat", "1"}, {"grade", "--answer", "x"},
                {"grade", "--question", "gil-what-it-protects"},
                {"grade", "--question", "gil-what-it-protects", "--answer", "a", "--answer-file", "f"},
                {"practice", "--questions", "many"}, {"practice", "--topic", "cobol"}, {"practice", "--mode", "exam"},
                {"bank", "validate", "no/such/dir"}, {"practice", "extra"}}) {
            err.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err()).as(String.join(" ", args)).startsWith("error: ").contains("Usage:")
                    .doesNotContain("Exception");
        }
    }

    @Test
    @DisplayName("help prints usage and exits 0")
    void help() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("bank validate [DIR]");
    }

    @Test
    @DisplayName("bank validate: 0 and a one-line summary for the real bank")
    void validateRealBank() {
        assertThat(run("bank", "validate", "questions")).isZero();
        assertThat(out()).matches("bank ok: \\d+ questions, \\d+ topics, \\d+ concepts, \\d+ probes\\R");
    }

    @Test
    @DisplayName("bank validate: 1 and file:line lines for a broken bank")
    void validateBrokenBank(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "questions:\n  - id: Bad Id\n    topic: gil\n");

        assertThat(run("bank", "validate", dir.toString())).isEqualTo(1);
        assertThat(out()).contains(dir.resolve("bad.yaml") + ":2: question id 'Bad Id' must be kebab-case")
                .contains(dir.resolve("bad.yaml") + ":2: question 'Bad Id' has no level");
        assertThat(err()).contains("problem(s) in the question bank");
    }

    @Test
    @DisplayName("bank stats --json counts questions per topic and level")
    void statsJson() {
        assertThat(run("bank", "stats", "--json")).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out());
        assertThat(json.get("questions").asInt()).isPositive();
        assertThat(json.get("perTopic").get("gil").get("mid").asInt()).isPositive();
        assertThat(json.get("perKind").has("code-reading")).isTrue();
    }

    @Test
    @DisplayName("grade prints one JSON object with concepts, misconceptions and the next step")
    void gradeJson() {
        assertThat(run("grade", "--question", "gil-what-it-protects", "--answer",
                "The GIL makes lists thread-safe, so you never need locks.")).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(out());
        assertThat(json.get("question").asString()).isEqualTo("gil-what-it-protects");
        assertThat(json.get("probe").isNull()).isTrue();
        assertThat(json.get("score").asInt()).isZero();
        assertThat(json.get("concepts")).hasSize(5);
        assertThat(json.get("concepts").get(0).get("status").asString()).isEqualTo("missed");
        assertThat(json.get("misconceptions").get(0).asString()).isEqualTo("gil-makes-code-thread-safe");
        assertThat(json.get("next").get("kind").asString()).isEqualTo("probe");
        assertThat(json.get("next").get("probe").asString()).isEqualTo("challenge:gil-makes-code-thread-safe");
    }

    @Test
    @DisplayName("grade --probe grades against the probe's rubric; an unknown question exits 2")
    void gradeProbeAndUnknown(@TempDir Path dir) throws Exception {
        Path answer = dir.resolve("a.txt");
        Files.writeString(answer, "Biased reference counting: the owning thread uses a local count, others a shared atomic one.");

        assertThat(run("grade", "--question", "gil-what-it-protects", "--probe", "biased-refcounting",
                "--answer-file", answer.toString())).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out());
        assertThat(json.get("probe").asString()).isEqualTo("biased-refcounting");
        assertThat(json.get("concepts").get(0).get("id").asString()).isEqualTo("biased-owner");
        assertThat(json.get("concepts").get(0).get("status").asString()).isEqualTo("covered");
        assertThat(json.get("next").get("kind").asString()).isEqualTo("next");

        assertThat(run("grade", "--question", "no-such-question", "--answer", "x")).isEqualTo(2);
        assertThat(err()).contains("unknown question 'no-such-question'");
    }
}
