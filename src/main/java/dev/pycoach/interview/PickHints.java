package dev.pycoach.interview;

import java.util.Set;

/**
 * What the picker knows of a user's history, by question id.
 *
 * @param recent answered recently (14 days): used only when nothing else is left
 * @param due with a concept due for review
 * @param seen answered at some time
 */
public record PickHints(Set<String> recent, Set<String> due, Set<String> seen) {
    public static final PickHints NONE = new PickHints(Set.of(), Set.of(), Set.of());

    public PickHints {
        recent = Set.copyOf(recent);
        due = Set.copyOf(due);
        seen = Set.copyOf(seen);
    }

    public static PickHints avoiding(Set<String> recent) {
        return new PickHints(recent, Set.of(), Set.of());
    }
}
