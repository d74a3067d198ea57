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

    /**
     * Writes a bank folder's {@code gil.yaml} holding only {@code gil-what-it-protects} (the first question of
     * the real file), so a scripted session cannot pick another question as the bank grows.
     */
    public static void writeGilWhatItProtects(Path bankDir) throws java.io.IOException {
        String text = java.nio.file.Files.readString(QUESTIONS.resolve("gil.yaml"));
        int first = text.indexOf("\n  - id: gil-what-it-protects");
        int second = text.indexOf("\n  - id: ", first + 1);
        java.nio.file.Files.writeString(bankDir.resolve("gil.yaml"), second < 0 ? text : text.substring(0, second + 1));
    }

    public static Question question(String id) {
        return real().find(id).orElseThrow(() -> new AssertionError("no question " + id + " in questions/"));
    }
}
