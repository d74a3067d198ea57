package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pycoach.discord.fake.FakeUser;
import dev.pycoach.discord.fake.Interaction;
import dev.pycoach.discord.fake.SentMessage;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code /practice}: a question in the channel, an answer through a modal, feedback only the user sees. */
class PracticeFlowTest extends EndToEndTestBase {

    @Test
    @DisplayName("/practice posts a question; Answer opens a modal; the modal's answer gets private feedback")
    void modalAnswer() throws Exception {
        FakeUser cy = fake.newUser("cy");

        Interaction practice = fake.slash(cy, true, CommandCatalog.PRACTICE, null,
                Map.of(CommandCatalog.TOPIC, "descriptors"));
        SentMessage question = replyTo(practice);
        assertThat(question.ephemeral()).isFalse();
        assertThat(question.text()).contains("What is a descriptor");

        Interaction answer = fake.click(cy, question, question.button("Answer"));
        SentMessage modal = replyTo(answer);
        assertThat(modal.via()).isEqualTo("modal");
        String modalId = modal.json().getString("custom_id");
        assertThat(modalId).hasSizeLessThanOrEqualTo(100);

        Interaction submit = fake.submitModal(cy, true, modalId, Map.of(PracticeView.ANSWER_INPUT,
                "A descriptor defines __get__ on the class; a property is a data descriptor."));
        SentMessage feedback = replyTo(submit);
        assertThat(feedback.ephemeral()).isTrue();
        assertThat(feedback.embedTitles()).first().asString().startsWith("Your answer");
        assertThat(feedback.text()).contains("Covered").contains("Model answer");
    }

    @Test
    @DisplayName("/help is private and its button posts a practice question")
    void helpButton() throws Exception {
        FakeUser di = fake.newUser("di");

        SentMessage help = replyTo(fake.slash(di, true, CommandCatalog.HELP, null, Map.of()));
        assertThat(help.ephemeral()).isTrue();
        assertThat(help.text()).contains("/interview start").contains("/practice");

        SentMessage question = replyTo(fake.click(di, help, help.button("Practice a question")));
        assertThat(question.embedTitles()).first().asString().startsWith("Practice");
    }
}
