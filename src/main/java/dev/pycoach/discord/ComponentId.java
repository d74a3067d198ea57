package dev.pycoach.discord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every button and modal id the bot makes, built and parsed here and nowhere else. An id is
 * {@code pc1.<kind>.<arg>...}: a version, a kind, then the kind's arguments, each made of {@code [A-Za-z0-9_-]}.
 * The state a button needs (session, question) is in its id, so it still works after a restart.
 */
public sealed interface ComponentId {
    /** Discord's limit on a custom id. */
    int MAX_LENGTH = 100;
    String VERSION = "pc1";

    Kind kind();

    List<String> args();

    /** The id to give Discord. */
    default String encode() {
        List<String> parts = new ArrayList<>(List.of(VERSION, kind().code));
        for (String arg : args()) {
            if (!Codec.SEGMENT.matcher(arg).matches()) {
                throw new IllegalArgumentException("component id argument '" + arg + "' is not [A-Za-z0-9_-]+");
            }
            parts.add(arg);
        }
        String id = String.join(Codec.SEPARATOR, parts);
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("component id longer than " + MAX_LENGTH + " characters: " + id);
        }
        return id;
    }

    /** The typed id, or empty for an id this version did not make (an old or foreign button). */
    static Optional<ComponentId> parse(String raw) {
        return Codec.parse(raw);
    }

    /** What an interview button does. */
    enum Step { HINT, SKIP, SUBMIT, END }

    /** What a component is for; {@code code} is its short name inside the id. */
    enum Kind {
        INTERVIEW("iv", 3), PRACTICE_ANSWER("pa", 1), PRACTICE_MODAL("pm", 1), NEW_PRACTICE("np", 0);

        private final String code;
        private final int arity;

        Kind(String code, int arity) {
            this.code = code;
            this.arity = arity;
        }
    }

    /**
     * A button of a DM interview.
     *
     * @param ask where the interview was when the button was made ({@link AskRef}); a step button of an
     *     earlier question is refused instead of acting on the current one
     */
    record Interview(Step step, String sessionId, String ask) implements ComponentId {
        @Override
        public Kind kind() {
            return Kind.INTERVIEW;
        }

        @Override
        public List<String> args() {
            return List.of(step.name().toLowerCase(java.util.Locale.ROOT), sessionId, ask);
        }
    }

    /** The "Answer" button under a practice question: opens the answer modal. */
    record PracticeAnswer(String questionId) implements ComponentId {
        @Override
        public Kind kind() {
            return Kind.PRACTICE_ANSWER;
        }

        @Override
        public List<String> args() {
            return List.of(questionId);
        }
    }

    /** The answer modal of a practice question. */
    record PracticeModal(String questionId) implements ComponentId {
        @Override
        public Kind kind() {
            return Kind.PRACTICE_MODAL;
        }

        @Override
        public List<String> args() {
            return List.of(questionId);
        }
    }

    /** "Practice a question" (on /help and after practice feedback): posts a new practice question. */
    record NewPractice() implements ComponentId {
        @Override
        public Kind kind() {
            return Kind.NEW_PRACTICE;
        }

        @Override
        public List<String> args() {
            return List.of();
        }
    }

    /** The one place that knows the text format. */
    final class Codec {
        static final String SEPARATOR = ".";
        static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

        private Codec() {
        }

        static Optional<ComponentId> parse(String raw) {
            if (raw == null || raw.length() > MAX_LENGTH) {
                return Optional.empty();
            }
            String[] parts = raw.split(Pattern.quote(SEPARATOR), -1);
            if (parts.length < 2 || !parts[0].equals(VERSION)
                    || !Arrays.stream(parts).allMatch(p -> SEGMENT.matcher(p).matches())) {
                return Optional.empty();
            }
            Optional<Kind> kind = Arrays.stream(Kind.values()).filter(k -> k.code.equals(parts[1])).findFirst();
            if (kind.isEmpty() || parts.length - 2 != kind.get().arity) {
                return Optional.empty();
            }
            List<String> args = List.of(parts).subList(2, parts.length);
            return switch (kind.get()) {
                case INTERVIEW -> step(args.get(0)).map(s -> new Interview(s, args.get(1), args.get(2)));
                case PRACTICE_ANSWER -> Optional.of(new PracticeAnswer(args.get(0)));
                case PRACTICE_MODAL -> Optional.of(new PracticeModal(args.get(0)));
                case NEW_PRACTICE -> Optional.of(new NewPractice());
            };
        }

        private static Optional<Step> step(String code) {
            return Arrays.stream(Step.values()).filter(s -> s.name().equalsIgnoreCase(code)).findFirst();
        }
    }
}
