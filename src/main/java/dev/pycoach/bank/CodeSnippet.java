package dev.pycoach.bank;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The code of a code-reading question and what it prints. {@code expectedOutput} is keyed by CPython
 * version ("3.12") or {@code default}; the verification test runs the code under every installed version.
 */
public record CodeSnippet(String source, Map<String, String> expectedOutput) {
    public static final String DEFAULT_VERSION = "default";

    public CodeSnippet {
        expectedOutput = Map.copyOf(new TreeMap<>(expectedOutput));
    }

    public Optional<String> expectedFor(String version) {
        return Optional.ofNullable(expectedOutput.getOrDefault(version, expectedOutput.get(DEFAULT_VERSION)));
    }
}
