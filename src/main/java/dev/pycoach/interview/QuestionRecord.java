package dev.pycoach.interview;

import java.util.ArrayList;
import java.util.List;

/** Everything that happened on one question of a session. {@code outcome} is null while it is open. */
public record QuestionRecord(String questionId, List<Turn> turns, int hintsShown, Outcome outcome) {
    public QuestionRecord {
        turns = List.copyOf(turns);
    }

    public static QuestionRecord open(String questionId) {
        return new QuestionRecord(questionId, List.of(), 0, null);
    }

    public QuestionRecord with(Turn turn) {
        List<Turn> next = new ArrayList<>(turns);
        next.add(turn);
        return new QuestionRecord(questionId, next, hintsShown, outcome);
    }

    public QuestionRecord withHint() {
        return new QuestionRecord(questionId, turns, hintsShown + 1, outcome);
    }

    public QuestionRecord closed(Outcome outcome) {
        return new QuestionRecord(questionId, turns, hintsShown, outcome);
    }

    public boolean answered() {
        return turns.stream().anyMatch(t -> t.isMain() && !t.skipped());
    }

    /** Probes asked so far, skipped ones included: they count against the budget. */
    public long probesAsked() {
        return turns.stream().filter(t -> !t.isMain()).count();
    }
}
