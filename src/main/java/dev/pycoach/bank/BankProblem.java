package dev.pycoach.bank;

/** One thing wrong with the bank, located so an author can jump to it. */
public record BankProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
