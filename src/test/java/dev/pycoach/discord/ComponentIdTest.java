package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComponentIdTest {

    @Test
    @DisplayName("every kind of id survives encode → parse, typed, and stays within 100 characters")
    void roundTrip() {
        String session = UUID.randomUUID().toString();
        List<ComponentId> ids = List.of(
                new ComponentId.Interview(ComponentId.Step.SUBMIT, session, "9-12"),
                new ComponentId.Interview(ComponentId.Step.END, session, AskRef.FINISHED),
                new ComponentId.PracticeAnswer("gil-what-it-protects"),
                new ComponentId.PracticeModal("a-rather-long-question-id-about-descriptors-and-properties"),
                new ComponentId.NewPractice());

        for (ComponentId id : ids) {
            String encoded = id.encode();
            assertThat(encoded).hasSizeLessThanOrEqualTo(ComponentId.MAX_LENGTH).startsWith("pc1.");
            assertThat(ComponentId.parse(encoded)).contains(id);
        }
    }

    @Test
    @DisplayName("ids from other versions, other bots or tampering parse to empty instead of throwing")
    void foreignIds() {
        for (String raw : new String[] {null, "", "pc1", "pc2.np", "pc1.zz", "pc1.np.extra", "pc1.iv.fly.s.0-0",
                "pc1.iv.skip.s", "pc1.pa.", "pc1.pa.a b", "answer:123:456", "pc1.pa." + "x".repeat(120)}) {
            assertThat(ComponentId.parse(raw)).as(String.valueOf(raw)).isEmpty();
        }
    }

    @Test
    @DisplayName("an argument with a separator or an id over 100 characters cannot be built")
    void refusesBadArguments() {
        assertThatThrownBy(() -> new ComponentId.PracticeAnswer("has.dot").encode())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ComponentId.Interview(ComponentId.Step.HINT, "s".repeat(64), "x".repeat(64)).encode())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than 100");
    }
}
