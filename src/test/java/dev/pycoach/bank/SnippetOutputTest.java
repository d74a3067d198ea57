package dev.pycoach.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.TestBanks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every code-reading snippet under each CPython on the machine and compares stdout with the bank.
 * A version that is not installed shows as skipped by name, never as passed.
 */
class SnippetOutputTest {
    static final List<String> VERSIONS = List.of("3.11", "3.12", "3.13", "3.14");
    private static final Map<String, Optional<String>> INTERPRETERS = new ConcurrentHashMap<>();

    @TempDir
    Path work;

    @TestFactory
    @DisplayName("code-reading snippets print exactly what the bank says, per CPython version")
    Stream<DynamicContainer> snippetsPrintWhatTheBankSays() {
        return TestBanks.real().questions().stream().filter(q -> q.code() != null)
                .map(q -> DynamicContainer.dynamicContainer(q.id(), VERSIONS.stream()
                        .map(v -> DynamicTest.dynamicTest("python" + v, () -> check(q, v)))));
    }

    private void check(Question q, String version) throws Exception {
        Optional<String> python = interpreter(version);
        Assumptions.assumeTrue(python.isPresent(), "python" + version + " is not installed on this machine");
        Optional<String> expected = q.code().expectedFor(version);
        Assumptions.assumeTrue(expected.isPresent(), q.id() + " gives no expected output for " + version);

        Path script = Files.createTempFile(work, q.id(), ".py");
        Files.writeString(script, q.code().source(), StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(python.get(), "-I", script.toString()).redirectErrorStream(false);
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = pb.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("snippet finished").isTrue();

        assertThat(stdout.stripTrailing()).as("%s under python%s (%s)", q.id(), version, q.source())
                .isEqualTo(expected.get().stripTrailing());
    }

    /**
     * The interpreter for a version: {@code python3.X} on the PATH if it runs and reports that version, else
     * one installed by pyenv (whose shims only answer for the versions pyenv is told to use).
     */
    static Optional<String> interpreter(String version) {
        return INTERPRETERS.computeIfAbsent(version, v -> {
            List<String> candidates = new java.util.ArrayList<>(List.of("python" + v));
            Path pyenv = Path.of(System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv"),
                    "versions");
            if (Files.isDirectory(pyenv)) {
                try (Stream<Path> versions = Files.list(pyenv)) {
                    versions.filter(p -> p.getFileName().toString().startsWith(v + "."))
                            .sorted(java.util.Comparator.reverseOrder())
                            .map(p -> p.resolve("bin/python" + v).toString())
                            .forEach(candidates::add);
                } catch (IOException e) {
                    // no pyenv versions to offer
                }
            }
            return candidates.stream().filter(c -> reports(c, v)).findFirst();
        });
    }

    private static boolean reports(String command, String version) {
        try {
            Process p = new ProcessBuilder(command, "-c", "import sys; print('%d.%d' % sys.version_info[:2])")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 && out.equals(version);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
