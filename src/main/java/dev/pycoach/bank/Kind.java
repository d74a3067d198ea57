package dev.pycoach.bank;

import java.util.Arrays;
import java.util.Optional;

/** The shape of a question: explain a concept, read code, design something, or debug a scenario. */
public enum Kind {
    CONCEPT("concept"), CODE_READING("code-reading"), DESIGN("design"), DEBUGGING("debugging");

    private final String slug;

    Kind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Kind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equalsIgnoreCase(slug.trim())).findFirst();
    }

    public static String slugs() {
        return String.join(", ", Arrays.stream(values()).map(Kind::slug).toList());
    }
}
