package dev.pycoach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    @DisplayName("IANA ids parse case-insensitively; UTC is accepted")
    void parses() {
        assertThat(TimeZones.parse("europe/paris")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(TimeZones.parse(" America/New_York ")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(TimeZones.parse("UTC")).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    @DisplayName("an unknown zone is a clear error that suggests close names")
    void unknownZone() {
        assertThatThrownBy(() -> TimeZones.parse("Europe/Pariss")).isInstanceOf(TimeZones.UnknownTimeZoneException.class)
                .hasMessage("'Europe/Pariss' is not a time zone I know. Use an IANA name such as Europe/Paris or "
                        + "America/New_York; did you mean Europe/Paris?");
        assertThatThrownBy(() -> TimeZones.parse("+02:00")).hasMessageStartingWith("'+02:00' is not a time zone I know.");
        assertThatThrownBy(() -> TimeZones.parse("")).isInstanceOf(TimeZones.UnknownTimeZoneException.class);
    }

    @Test
    @DisplayName("autocomplete: prefix matches first, then a part of the name, at most the limit")
    void suggestions() {
        assertThat(TimeZones.suggest("york", 5)).containsExactly("America/New_York");
        assertThat(TimeZones.suggest("europe/ber", 5)).containsExactly("Europe/Berlin");
        assertThat(TimeZones.suggest("lon", 25)).contains("Europe/London").doesNotContain("Asia/Tokyo");
        assertThat(TimeZones.suggest("", 25)).hasSize(25);
    }
}
