package dev.pycoach.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns bound YAML documents into domain records, collecting every problem with its file and line.
 * A question with problems is left out; the loader refuses the bank when any problem was found.
 */
final class BankValidator {
    private final List<BankProblem> problems;
    private final Map<String, SourceRef> firstSeen = new HashMap<>();
    private final List<Question> questions = new ArrayList<>();

    BankValidator(List<BankProblem> problems) {
        this.problems = problems;
    }

    List<Question> questions() {
        return List.copyOf(questions);
    }

    void addFile(String file, BankDocs.FileDoc doc, LineIndex lines) {
        if (doc.questions() == null || doc.questions().isEmpty()) {
            problems.add(new BankProblem(file, 1, "no questions: expected a non-empty 'questions:' list"));
            return;
        }
        for (int i = 0; i < doc.questions().size(); i++) {
            FileCheck check = new FileCheck(file, lines);
            BankDocs.QuestionDoc q = doc.questions().get(i);
            if (q == null) {
                check.problem("/questions/" + i, "empty question entry");
                continue;
            }
            check.question(q, "/questions/" + i).ifPresent(questions::add);
            problems.addAll(check.found);
        }
    }

    /** Checks one question; collects its own problems so a bad question never half-enters the bank. */
    private final class FileCheck {
        private final String file;
        private final LineIndex lines;
        private final List<BankProblem> found = new ArrayList<>();

        FileCheck(String file, LineIndex lines) {
            this.file = file;
            this.lines = lines;
        }

        void problem(String pointer, String message) {
            found.add(new BankProblem(file, lines.lineOf(pointer), message));
        }

        Optional<Question> question(BankDocs.QuestionDoc q, String at) {
            String id = required(q.id(), at + "/id", "question has no id");
            if (id != null) {
                checkId(id, at + "/id", "question id");
                SourceRef here = new SourceRef(file, lines.lineOf(at + "/id"));
                SourceRef earlier = firstSeen.putIfAbsent(id, here);
                if (earlier != null) {
                    problem(at + "/id", "duplicate question id '" + id + "' (first defined at " + earlier + ")");
                }
            }
            String name = id == null ? "question" : "question '" + id + "'";
            Topic topic = parseEnum(q.topic(), at + "/topic", name + " has no topic", "topic",
                    Topic::fromSlug, Topic.slugs());
            Level level = parseEnum(q.level(), at + "/level", name + " has no level", "level",
                    Level::fromSlug, Level.slugs());
            Kind kind = parseEnum(q.kind(), at + "/kind", name + " has no kind", "kind",
                    Kind::fromSlug, Kind.slugs());
            String prompt = required(q.prompt(), at + "/prompt", name + " has no prompt");
            List<Concept> concepts = concepts(q.concepts(), at + "/concepts", name);
            Set<String> conceptIds = ids(concepts, Concept::id);
            List<Misconception> misconceptions = misconceptions(q.misconceptions(), at + "/misconceptions",
                    conceptIds);
            List<Probe> probes = probes(q.probes(), at + "/probes", conceptIds);
            CodeSnippet code = code(q.code(), at + "/code", kind, name);
            String modelAnswer = required(q.modelAnswer(), at + "/model_answer", name + " has no model_answer");
            List<String> hints = nonBlank(q.hints(), at + "/hints", "hint");
            List<String> references = nonBlank(q.references(), at + "/references", "reference");
            if (!found.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Question(id, topic, level, kind, q.python(), prompt, code, concepts,
                    misconceptions, probes, hints, modelAnswer, references,
                    new SourceRef(file, lines.lineOf(at))));
        }

        private List<Concept> concepts(List<BankDocs.ConceptDoc> docs, String at, String owner) {
            if (docs == null || docs.isEmpty()) {
                problem(at, "empty rubric: " + owner + " has no concepts");
                return List.of();
            }
            List<Concept> concepts = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < docs.size(); i++) {
                BankDocs.ConceptDoc c = docs.get(i);
                String here = at + "/" + i;
                if (c == null) {
                    problem(here, "empty concept entry");
                    continue;
                }
                String id = required(c.id(), here + "/id", "concept has no id");
                if (id != null) {
                    checkId(id, here + "/id", "concept id");
                    if (!seen.add(id)) {
                        problem(here + "/id", "duplicate concept id '" + id + "' in " + owner);
                    }
                }
                String point = required(c.point(), here + "/point", "concept '" + id + "' has no point");
                int weight = c.weight() == null ? 0 : c.weight();
                if (weight <= 0) {
                    problem(here + "/weight", "concept '" + id + "' needs a positive weight, got "
                            + (c.weight() == null ? "none" : c.weight()));
                }
                List<String> cues = cues(c.cues(), here + "/cues", "concept '" + id + "'");
                String explain = c.explain() == null ? point : c.explain();
                concepts.add(new Concept(id, point, weight, cues, explain));
            }
            return concepts;
        }

        private List<Misconception> misconceptions(List<BankDocs.MisconceptionDoc> docs, String at,
                                                   Set<String> conceptIds) {
            if (docs == null) {
                return List.of();
            }
            List<Misconception> result = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < docs.size(); i++) {
                BankDocs.MisconceptionDoc m = docs.get(i);
                String here = at + "/" + i;
                if (m == null) {
                    problem(here, "empty misconception entry");
                    continue;
                }
                String id = required(m.id(), here + "/id", "misconception has no id");
                if (id != null && !seen.add(id)) {
                    problem(here + "/id", "duplicate misconception id '" + id + "'");
                }
                String claim = m.claim() == null ? id : m.claim();
                List<String> cues = cues(m.cues(), here + "/cues", "misconception '" + id + "'");
                String correction = required(m.correction(), here + "/correction",
                        "misconception '" + id + "' has no correction");
                List<String> refutes = m.refutes() == null ? List.of() : m.refutes();
                for (int r = 0; r < refutes.size(); r++) {
                    if (!conceptIds.contains(refutes.get(r))) {
                        problem(here + "/refutes/" + r, "misconception '" + id + "' refutes unknown concept '"
                                + refutes.get(r) + "' (known: " + String.join(", ", conceptIds) + ")");
                    }
                }
                if (m.challenge() != null && refutes.isEmpty()) {
                    problem(here + "/challenge", "misconception '" + id
                            + "' has a challenge but no 'refutes' concepts to grade its answer against");
                }
                result.add(new Misconception(id, claim, cues, correction, m.challenge(), refutes));
            }
            return result;
        }

        private List<Probe> probes(List<BankDocs.ProbeDoc> docs, String at, Set<String> conceptIds) {
            if (docs == null) {
                return List.of();
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                if (docs.get(i) != null && docs.get(i).id() != null && index.putIfAbsent(docs.get(i).id(), i) != null) {
                    problem(at + "/" + i + "/id", "duplicate probe id '" + docs.get(i).id() + "'");
                }
            }
            List<Probe> result = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                BankDocs.ProbeDoc p = docs.get(i);
                String here = at + "/" + i;
                if (p == null) {
                    problem(here, "empty probe entry");
                    continue;
                }
                String id = required(p.id(), here + "/id", "probe has no id");
                if (id != null) {
                    checkId(id, here + "/id", "probe id");
                }
                String targets = required(p.targets(), here + "/targets", "probe '" + id
                        + "' has no targets (a concept id or 'deeper')");
                if (targets != null && !Probe.DEEPER.equals(targets) && !conceptIds.contains(targets)) {
                    problem(here + "/targets", "probe '" + id + "' targets unknown concept '" + targets
                            + "' (known: " + String.join(", ", conceptIds) + ", or 'deeper')");
                }
                if (p.after() != null && (!index.containsKey(p.after()) || p.after().equals(id))) {
                    problem(here + "/after", "probe '" + id + "' comes after unknown probe '" + p.after() + "'");
                }
                String prompt = required(p.prompt(), here + "/prompt", "probe '" + id + "' has no prompt");
                List<Concept> concepts = concepts(p.concepts(), here + "/concepts", "probe '" + id + "'");
                List<Misconception> misconceptions = misconceptions(p.misconceptions(), here + "/misconceptions",
                        ids(concepts, Concept::id));
                result.add(new Probe(id, targets, p.after(), prompt, concepts, misconceptions));
            }
            return result;
        }

        private CodeSnippet code(BankDocs.CodeDoc doc, String at, Kind kind, String name) {
            if (doc == null) {
                if (kind == Kind.CODE_READING) {
                    problem(at.substring(0, at.lastIndexOf('/')), name + " is code-reading but has no code");
                }
                return null;
            }
            String source = required(doc.source(), at + "/source", name + " has code without a source");
            Map<String, String> expected = doc.expectedOutput() == null ? Map.of() : doc.expectedOutput();
            for (String version : expected.keySet()) {
                if (!version.equals(CodeSnippet.DEFAULT_VERSION) && !version.matches("3\\.\\d+")) {
                    problem(at + "/expected_output/" + version, "expected_output key '" + version
                            + "' must be a CPython version like 3.13 or 'default'");
                }
            }
            return source == null ? null : new CodeSnippet(source, expected);
        }

        private List<String> cues(List<String> cues, String at, String owner) {
            if (cues == null || cues.isEmpty()) {
                problem(at, owner + " has no cues");
                return List.of();
            }
            for (int i = 0; i < cues.size(); i++) {
                int index = i;
                CueSpec.problem(cues.get(i)).ifPresent(why -> problem(at + "/" + index, owner + ": " + why
                        + (cues.get(index) == null ? " (YAML reads a bare null or ~ as nothing: quote it)" : "")));
            }
            return cues.stream().filter(java.util.Objects::nonNull).toList();
        }

        private List<String> nonBlank(List<String> values, String at, String what) {
            if (values == null) {
                return List.of();
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null || values.get(i).isBlank()) {
                    problem(at + "/" + i, "empty " + what);
                }
            }
            return values.stream().filter(v -> v != null && !v.isBlank()).toList();
        }

        private String required(String value, String pointer, String message) {
            if (value == null || value.isBlank()) {
                problem(pointer, message);
                return null;
            }
            return value;
        }

        private void checkId(String id, String pointer, String what) {
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problem(pointer, what + " '" + id + "' must be kebab-case (a-z, 0-9 and single dashes)");
            }
        }

        private <E> E parseEnum(String value, String pointer, String missing, String what,
                                Function<String, Optional<E>> parse, String known) {
            if (value == null || value.isBlank()) {
                problem(pointer, missing);
                return null;
            }
            Optional<E> parsed = parse.apply(value);
            if (parsed.isEmpty()) {
                problem(pointer, "unknown " + what + " '" + value + "' (known: " + known + ")");
            }
            return parsed.orElse(null);
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }
}
