package dev.pycoach.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the jar's arguments into an {@link Invocation}, rejecting anything it does not know. */
final class CommandLineParser {
    static final String USAGE = """
            Usage:
              java -jar target/pycoach.jar                      the Discord bot when DISCORD_TOKEN is set, else practice in the terminal
              java -jar target/pycoach.jar practice [--topic T] [--level L] [--questions N] [--mode coach|interview] [--seed S] [--resume | --new]
              java -jar target/pycoach.jar stats                your streak, scores, mastery per topic and weakest concepts
              java -jar target/pycoach.jar grade --question ID [--probe PROBE_ID] (--answer TEXT | --answer-file FILE)
              java -jar target/pycoach.jar bank validate [DIR]
              java -jar target/pycoach.jar bank stats [--json]
              java -jar target/pycoach.jar help
            """;

    private static final Map<String, Set<String>> VALUE_OPTIONS = Map.of(
            "practice", Set.of("topic", "level", "questions", "mode", "seed"),
            "grade", Set.of("question", "probe", "answer", "answer-file"),
            "stats", Set.of(),
            "bank validate", Set.of(),
            "bank stats", Set.of(),
            "help", Set.of());
    private static final Map<String, Set<String>> FLAG_OPTIONS = Map.of("bank stats", Set.of("json"),
            "practice", Set.of("resume", "new"));
    private static final Set<String> TAKES_ARGUMENT = Set.of("bank validate");

    Invocation parse(List<String> args) {
        if (args.isEmpty()) {
            return new Invocation("default", Map.of(), null);
        }
        int next = 1;
        String command = args.get(0);
        if (command.equals("--help") || command.equals("-h")) {
            command = "help";
        }
        if (command.equals("bank")) {
            if (args.size() < 2) {
                throw new UsageException("'bank' needs a subcommand: validate or stats");
            }
            command = "bank " + args.get(1);
            next = 2;
        }
        if (!VALUE_OPTIONS.containsKey(command)) {
            throw new UsageException("unknown command '" + command + "'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        String argument = null;
        for (int i = next; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (FLAG_OPTIONS.getOrDefault(command, Set.of()).contains(name) && value == null) {
                    options.put(name, "true");
                    continue;
                }
                if (!VALUE_OPTIONS.get(command).contains(name)) {
                    throw new UsageException("unknown option --" + name + " for '" + command + "'");
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (options.put(name, value) != null) {
                    throw new UsageException("option --" + name + " given twice");
                }
            } else if (TAKES_ARGUMENT.contains(command) && argument == null) {
                argument = arg;
            } else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        return new Invocation(command, options, argument);
    }
}
