package dev.pycoach.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CueSpecTest {
    private static final CueSpec NO_LOCKS = CueSpec.parse("/(?s)(?=locks\\s+are\\s+unnecessary){stated}locks\\s+are\\s+unnecessary/");

    private static boolean fires(String normalisedSentence) {
        return NO_LOCKS.pattern().matcher(normalisedSentence).find();
    }

    @Test
    @DisplayName("{stated} keeps a misconception cue to beliefs the candidate states as their own")
    void statedGuard() {
        assertThat(fires("with the gil locks are unnecessary in python code.")).isTrue();
        assertThat(fires("i am fairly sure locks are unnecessary here.")).isTrue();

        assertThat(fires("people think locks are unnecessary because of the gil.")).isFalse();
        assertThat(fires("a common myth is that locks are unnecessary with the gil.")).isFalse();
        assertThat(fires("locks are unnecessary, but actually compound operations still race.")).isFalse();
        assertThat(fires("you might assume locks are unnecessary; that is wrong.")).isFalse();
        assertThat(fires("i keep hearing the claim that locks are unnecessary with the gil.")).isFalse();
    }

    @Test
    @DisplayName("the raw cue keeps {stated} as written, so a bank error quotes what the author wrote")
    void rawKeepsTheMacro() {
        assertThat(NO_LOCKS.raw()).contains("{stated}");
        assertThat(NO_LOCKS.pattern().pattern()).doesNotContain("{stated}").contains("(?<!\\b(people|");
    }
}
