package dev.pycoach;

import dev.pycoach.bank.BankLoader;
import dev.pycoach.bank.BankSource;
import dev.pycoach.bank.Question;
import dev.pycoach.bank.QuestionBank;
import java.nio.file.Path;

/** The real bank in {@code questions/}, loaded once per test JVM. */
public final class TestBanks {
    /** The bank under test: {@code questions/}, or the folder named by {@code -Dpycoach.test.bank}. */
    public static final Path QUESTIONS = Path.of(System.getProperty("pycoach.test.bank", "questions"));
    private static QuestionBank real;

    private TestBanks() {
    }

    public static synchronized QuestionBank real() {
        if (real == null) {
            real = new BankLoader().load(BankSource.fromDirectory(QUESTIONS));
        }
        return real;
    }

    public static Question question(String id) {
        return real().find(id).orElseThrow(() -> new AssertionError("no question " + id + " in questions/"));
    }
}
