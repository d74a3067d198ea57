package dev.pycoach.interview;

import dev.pycoach.bank.Misconception;
import dev.pycoach.bank.Probe;
import dev.pycoach.bank.Question;

/**
 * What the candidate is asked next.
 *
 * @param number 1-based position of the question in the session
 * @param probe the follow-up, null when this is the question itself
 * @param challenged the misconception a challenge pushes back on, else null
 */
public record Ask(int number, int total, Question question, Probe probe, Misconception challenged) {

    public boolean isProbe() {
        return probe != null;
    }

    /** The text to show: the question with its code, or the probe's prompt. */
    public String text() {
        return probe == null ? question.displayPrompt() : probe.prompt().strip();
    }
}
