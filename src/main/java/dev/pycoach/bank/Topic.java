package dev.pycoach.bank;

import java.util.Arrays;
import java.util.Optional;

/** The fifteen topics of the bank, in the order a study plan walks them. */
public enum Topic {
    OBJECT_MODEL("object-model", "Object model and references"),
    MEMORY("memory", "Memory allocator"),
    GC("gc", "GC, finalizers and weakrefs"),
    GIL("gil", "GIL, threads and free threading"),
    CONCURRENCY("concurrency", "Concurrency architecture"),
    BYTECODE("bytecode", "Bytecode and the interpreter"),
    PERFORMANCE("performance", "Performance and profiling"),
    DESCRIPTORS("descriptors", "Descriptors and attribute access"),
    METAPROGRAMMING("metaprogramming", "Class creation and metaprogramming"),
    DECORATORS("decorators", "Functions, closures and decorators"),
    CONTEXT_MANAGERS("context-managers", "Context managers and exceptions"),
    GENERATORS("generators", "Iterators, generators and coroutines"),
    DATA_STRUCTURES("data-structures", "Data structures and hashing"),
    TYPING("typing", "Typing and API design"),
    PRODUCTION("production", "Production debugging and design");

    private final String slug;
    private final String title;

    Topic(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public static Optional<Topic> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equalsIgnoreCase(slug.trim())).findFirst();
    }

    public static String slugs() {
        return String.join(", ", Arrays.stream(values()).map(Topic::slug).toList());
    }
}
