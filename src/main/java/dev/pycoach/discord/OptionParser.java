package dev.pycoach.discord;

import dev.pycoach.bank.Level;
import dev.pycoach.bank.Topic;
import dev.pycoach.interview.Mode;
import dev.pycoach.interview.SessionSpec;
import java.util.Arrays;

/**
 * Turns raw option values into domain values, refusing bad ones with a message that echoes the value safely
 * (as inline code) and lists what is allowed. Discord's choices and ranges do not protect us: autocomplete
 * options are free text, and a client can send anything.
 */
final class OptionParser {
    private final int defaultQuestions;
    private final int probeBudget;

    OptionParser(int defaultQuestions, int probeBudget) {
        this.defaultQuestions = defaultQuestions;
        this.probeBudget = probeBudget;
    }

    SessionSpec spec(String topic, String level, String questions, String mode, long seed) {
        return new SessionSpec(topic(topic), level(level), questions(questions), mode(mode), probeBudget, seed);
    }

    Topic topic(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("any")) {
            return null;
        }
        return Topic.fromSlug(raw).or(() -> Arrays.stream(Topic.values())
                        .filter(t -> t.title().equalsIgnoreCase(raw.strip())).findFirst())
                .orElseThrow(() -> new UserFacingException("Unknown topic " + SafeText.inlineCode(raw, 50)
                        + ". Topics: " + Topic.slugs() + "."));
    }

    Level level(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Level.fromSlug(raw).orElseThrow(() -> new UserFacingException("Unknown level "
                + SafeText.inlineCode(raw, 50) + ". Levels: " + Level.slugs() + "."));
    }

    int questions(String raw) {
        if (raw == null || raw.isBlank()) {
            return defaultQuestions;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= SessionSpec.MAX_QUESTIONS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new UserFacingException("The number of questions must be a whole number from 1 to "
                + SessionSpec.MAX_QUESTIONS + ", not " + SafeText.inlineCode(raw, 20) + ".");
    }

    Mode mode(String raw) {
        if (raw == null || raw.isBlank()) {
            return Mode.COACH;
        }
        return Mode.fromSlug(raw).orElseThrow(() -> new UserFacingException("Unknown mode "
                + SafeText.inlineCode(raw, 50) + ". Modes: coach, interview."));
    }
}
