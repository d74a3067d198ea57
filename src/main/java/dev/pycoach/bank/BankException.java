package dev.pycoach.bank;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the bank cannot be used; carries every problem found, not only the first. */
public final class BankException extends RuntimeException {
    private final List<BankProblem> problems;

    public BankException(List<BankProblem> problems) {
        super(problems.stream().map(BankProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<BankProblem> problems() {
        return problems;
    }
}
