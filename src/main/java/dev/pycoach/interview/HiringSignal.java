package dev.pycoach.interview;

/**
 * The overall verdict, from the average question score of the questions reached (skipped ones count 0):
 * 80+ strong hire, 65+ hire, 45+ lean no hire, below that no hire. Misconceptions left standing on two or
 * more questions cap the verdict at lean no hire: confidently wrong twice is a real signal.
 */
public enum HiringSignal {
    STRONG_HIRE("Strong hire", 80),
    HIRE("Hire", 65),
    LEAN_NO_HIRE("Lean no hire", 45),
    NO_HIRE("No hire", 0),
    INCOMPLETE("Not enough answers to judge", -1);

    private final String label;
    private final int threshold;

    HiringSignal(String label, int threshold) {
        this.label = label;
        this.threshold = threshold;
    }

    public String label() {
        return label;
    }

    public int threshold() {
        return threshold;
    }

    static HiringSignal of(double average, int questionsReached, int questionsWithStandingMisconceptions) {
        if (questionsReached == 0) {
            return INCOMPLETE;
        }
        HiringSignal byScore = average >= STRONG_HIRE.threshold ? STRONG_HIRE
                : average >= HIRE.threshold ? HIRE
                : average >= LEAN_NO_HIRE.threshold ? LEAN_NO_HIRE : NO_HIRE;
        if (questionsWithStandingMisconceptions >= 2 && byScore.ordinal() < LEAN_NO_HIRE.ordinal()) {
            return LEAN_NO_HIRE;
        }
        return byScore;
    }
}
