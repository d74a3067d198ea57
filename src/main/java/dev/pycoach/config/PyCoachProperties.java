package dev.pycoach.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code pycoach.*}; every one has a default so the app runs with no configuration.
 *
 * @param bankDir a folder of question files to use instead of the packaged bank ({@code PYCOACH_BANK_DIR})
 * @param probeBudget follow-ups per question at most
 * @param questions questions per practice session by default
 * @param grader {@code hybrid} (cues plus sentence embeddings, the default) or {@code lexical} (cue phrases only)
 */
@ConfigurationProperties("pycoach")
public record PyCoachProperties(String bankDir, @DefaultValue("2") int probeBudget, @DefaultValue("3") int questions,
                                @DefaultValue("hybrid") String grader) {
    public PyCoachProperties {
        bankDir = bankDir == null || bankDir.isBlank() ? null : bankDir.strip();
        if (probeBudget < 0 || probeBudget > 5) {
            throw new IllegalArgumentException("pycoach.probe-budget must be between 0 and 5, got " + probeBudget);
        }
        if (!grader.equals("lexical") && !grader.equals("hybrid")) {
            throw new IllegalArgumentException("pycoach.grader must be 'lexical' or 'hybrid', got '" + grader + "'");
        }
        if (questions < 1 || questions > 10) {
            throw new IllegalArgumentException("pycoach.questions must be between 1 and 10, got " + questions);
        }
    }

    /** The configured bank folder, or null for the packaged bank. */
    public Path bankPath() {
        return bankDir == null ? null : Path.of(bankDir);
    }
}
