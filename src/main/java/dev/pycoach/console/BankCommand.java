package dev.pycoach.console;

import dev.pycoach.bank.BankException;
import dev.pycoach.bank.BankLoader;
import dev.pycoach.bank.BankProblem;
import dev.pycoach.bank.BankSource;
import dev.pycoach.bank.BankStats;
import dev.pycoach.bank.Kind;
import dev.pycoach.bank.Level;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Topic;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** {@code bank validate} and {@code bank stats}: no Spring context, so a broken bank can still be checked. */
final class BankCommand {

    int validate(List<BankSource> sources, PrintStream out, PrintStream err) {
        try {
            QuestionBank bank = new BankLoader().load(sources);
            out.println(bank.stats().summaryLine());
            return 0;
        } catch (BankException e) {
            e.problems().stream().map(BankProblem::toString).forEach(out::println);
            err.println(e.problems().size() + " problem(s) in the question bank.");
            return 1;
        }
    }

    int stats(List<BankSource> sources, boolean json, PrintStream out, PrintStream err) {
        QuestionBank bank;
        try {
            bank = new BankLoader().load(sources);
        } catch (BankException e) {
            e.problems().stream().map(BankProblem::toString).forEach(err::println);
            return 1;
        }
        BankStats stats = bank.stats();
        if (json) {
            out.println(JsonMapper.builder().build().writeValueAsString(statsJson(stats)));
        } else {
            out.println(stats.summaryLine());
            stats.perTopicLevel().forEach((topic, levels) -> out.printf("  %-18s %s%n", topic.slug(), levels));
            out.println("  kinds: " + stats.perKind());
        }
        return 0;
    }

    private static Map<String, Object> statsJson(BankStats stats) {
        Map<String, Object> topics = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            Map<Level, Integer> levels = stats.perTopicLevel().getOrDefault(topic, Map.of());
            Map<String, Integer> perLevel = new LinkedHashMap<>();
            int total = 0;
            for (Level level : Level.values()) {
                int n = levels.getOrDefault(level, 0);
                perLevel.put(level.slug(), n);
                total += n;
            }
            perLevel.put("total", total);
            topics.put(topic.slug(), perLevel);
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            kinds.put(kind.slug(), stats.perKind().getOrDefault(kind, 0));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("questions", stats.questions());
        root.put("topics", stats.topics());
        root.put("concepts", stats.concepts());
        root.put("probes", stats.probes());
        root.put("perTopic", topics);
        root.put("perKind", kinds);
        return root;
    }
}
