package dev.pycoach.bench;

import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Rubric;
import dev.pycoach.interview.ProbeRefs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Labelled answers resolved against the bank: the tuning set ({@code src/test/resources/grading/labels}, used
 * to write cues and pick thresholds), the held-out set ({@code .../grading/heldout}, written by someone who
 * saw neither cues nor grader output, and never tuned on) and the fresh set ({@code .../grading/fresh}: answers to
 * the questions that have no tuning answers at all, never tuned on either).
 */
public final class LabelledSet {
    public static final Path TUNING = Path.of("src/test/resources/grading/labels");
    public static final Path HELD_OUT = Path.of("src/test/resources/grading/heldout");
    /** Answers to questions that have no tuning answers at all: how the bank's cues do on questions nobody tuned. */
    public static final Path FRESH = Path.of("src/test/resources/grading/fresh");

    record FileDoc(List<AnswerDoc> answers) {
    }

    record AnswerDoc(String question, String probe, String kind, String text, List<String> credit,
                     List<String> misconceptions) {
    }

    /** One labelled answer with the rubric it answers. */
    public record Labelled(Question question, Probe probe, String kind, String text, List<String> credit,
                           List<String> misconceptions, String source) {
        public Rubric rubric() {
            return probe == null ? question : probe;
        }
    }

    private LabelledSet() {
    }

    /** The tuning, held-out and fresh sets together. */
    public static List<Labelled> load(QuestionBank bank) {
        List<Labelled> all = new ArrayList<>(load(bank, TUNING));
        all.addAll(load(bank, HELD_OUT));
        all.addAll(load(bank, FRESH));
        return all;
    }

    public static List<Labelled> load(QuestionBank bank, Path dir) {
        YAMLMapper mapper = YAMLMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        List<Labelled> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                FileDoc doc = mapper.readValue(file.toFile(), FileDoc.class);
                int i = 0;
                for (AnswerDoc a : doc.answers()) {
                    String where = dir.getFileName() + "/" + file.getFileName() + "#" + i++;
                    Question q = bank.find(a.question()).orElseThrow(() ->
                            new IllegalStateException(where + ": unknown question " + a.question()));
                    Probe probe = a.probe() == null ? null : ProbeRefs.resolve(q, a.probe()).orElseThrow(() ->
                            new IllegalStateException(where + ": unknown probe " + a.probe()));
                    Rubric rubric = probe == null ? q : probe;
                    List<String> credit = a.credit() == null ? List.of() : a.credit();
                    List<String> wrong = a.misconceptions() == null ? List.of() : a.misconceptions();
                    credit.forEach(c -> {
                        if (rubric.concepts().stream().noneMatch(x -> x.id().equals(c))) {
                            throw new IllegalStateException(where + ": " + rubric.id() + " has no concept " + c);
                        }
                    });
                    wrong.forEach(m -> {
                        if (rubric.misconceptions().stream().noneMatch(x -> x.id().equals(m))) {
                            throw new IllegalStateException(where + ": " + rubric.id() + " has no misconception " + m);
                        }
                    });
                    all.add(new Labelled(q, probe, a.kind(), a.text(), credit, wrong, where));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
