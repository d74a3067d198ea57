package dev.pycoach.bank;

/** Where something was written: a bank file and a 1-based line. */
public record SourceRef(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
