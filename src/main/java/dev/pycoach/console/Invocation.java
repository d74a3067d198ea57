package dev.pycoach.console;

import java.util.Map;

/**
 * A parsed command line: the command ({@code practice}, {@code grade}, {@code bank validate},
 * {@code bank stats}, {@code help}), its options and at most one positional argument.
 */
record Invocation(String command, Map<String, String> options, String argument) {
    String option(String name) {
        return options.get(name);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }
}
