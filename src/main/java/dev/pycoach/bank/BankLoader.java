package dev.pycoach.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads bank files and validates them as one bank. Every problem in every file is reported, each with
 * {@code file:line}, so one run of {@code bank validate} shows an author the whole list.
 */
public final class BankLoader {
    private final YAMLMapper mapper = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public QuestionBank load(List<BankSource> sources) {
        List<BankProblem> problems = new ArrayList<>();
        BankValidator validator = new BankValidator(problems);
        for (BankSource source : sources) {
            parse(source, problems).ifPresent(parsed -> validator.addFile(source.name(), parsed.doc(), parsed.lines()));
        }
        if (sources.isEmpty()) {
            problems.add(new BankProblem("(bank)", 0, "no question files found (*.yaml)"));
        }
        List<Question> questions = validator.questions();
        if (problems.isEmpty() && questions.isEmpty()) {
            problems.add(new BankProblem("(bank)", 0, "the bank has no questions"));
        }
        if (!problems.isEmpty()) {
            throw new BankException(problems);
        }
        return new QuestionBank(questions);
    }

    private record Parsed(BankDocs.FileDoc doc, LineIndex lines) {
    }

    private Optional<Parsed> parse(BankSource source, List<BankProblem> problems) {
        try {
            BankDocs.FileDoc doc = mapper.readValue(source.text(), BankDocs.FileDoc.class);
            if (doc == null) {
                problems.add(new BankProblem(source.name(), 1, "empty file: expected a 'questions:' list"));
                return Optional.empty();
            }
            return Optional.of(new Parsed(doc, LineIndex.of(mapper, source.text())));
        } catch (JacksonException e) {
            problems.add(new BankProblem(source.name(), lineOf(e, source.text()), describe(e)));
            return Optional.empty();
        }
    }

    /** A binding error's line from its path (Jackson's own location is after the value); else its location. */
    private int lineOf(JacksonException e, String text) {
        if (!e.getPath().isEmpty()) {
            try {
                StringBuilder pointer = new StringBuilder();
                for (JacksonException.Reference ref : e.getPath()) {
                    pointer.append('/').append(ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex());
                }
                return LineIndex.of(mapper, text).lineOf(pointer.toString());
            } catch (JacksonException unreadable) {
                // the text does not even tokenize; fall back to the location Jackson gave
            }
        }
        TokenStreamLocation location = e.getLocation();
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    /** Jackson's message without its location suffix and source dump, which the file:line already says. */
    private static String describe(JacksonException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        return message.replaceAll("\\(class dev\\.pycoach\\.bank\\.BankDocs\\$(\\w+)\\)", "($1)")
                .replace("dev.pycoach.bank.BankDocs$", "");
    }
}
