package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EndMarkerTest {

    @Test
    @DisplayName("'done' or 'submit' alone or as the last line ends an answer; elsewhere it is just text")
    void markers() {
        assertThat(EndMarker.parse("done")).isEqualTo(new EndMarker("", true));
        assertThat(EndMarker.parse("Done.")).isEqualTo(new EndMarker("", true));
        assertThat(EndMarker.parse("The GIL is a lock.\nsubmit\n")).isEqualTo(new EndMarker("The GIL is a lock.", true));
        assertThat(EndMarker.parse("I am done with threads")).isEqualTo(new EndMarker("I am done with threads", false));
        assertThat(EndMarker.parse("done\nthen more")).isEqualTo(new EndMarker("done\nthen more", false));
    }
}
