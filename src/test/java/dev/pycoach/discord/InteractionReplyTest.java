package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one answer per interaction: reply, or defer then edit, whichever the race between handler and timer gives. */
class InteractionReplyTest {
    private final ButtonInteraction event = mock(ButtonInteraction.class);
    private final InteractionHook hook = mock(InteractionHook.class);
    private final MessageCreateData message = Outgoing.text("hello");

    @Test
    @DisplayName("a slow handler: the timer defers (privately), then the reply edits the deferred message")
    @SuppressWarnings("unchecked")
    void deferThenEdit() {
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class);
        when(event.deferReply(true)).thenReturn(defer);
        when(defer.submit()).thenReturn(CompletableFuture.completedFuture(hook));
        WebhookMessageEditAction<net.dv8tion.jda.api.entities.Message> edit = mock(WebhookMessageEditAction.class);
        when(hook.editOriginal(any(MessageEditData.class))).thenReturn(edit);
        InteractionReply reply = new InteractionReply(event, true);

        reply.deferIfPending();
        reply.send(List.of(message));

        verify(hook).editOriginal(any(MessageEditData.class));
        verify(edit).queue(any(), any());
        verify(event, never()).reply(any(MessageCreateData.class));
    }

    @Test
    @DisplayName("a fast handler: the reply goes first and the timer then does nothing")
    void replyThenTimer() {
        ReplyCallbackAction action = mock(ReplyCallbackAction.class);
        when(event.reply(any(MessageCreateData.class))).thenReturn(action);
        when(action.setEphemeral(anyBoolean())).thenReturn(action);
        when(event.getHook()).thenReturn(hook);
        InteractionReply reply = new InteractionReply(event, false);

        reply.send(List.of(message));
        reply.deferIfPending();

        verify(action).setEphemeral(false);
        verify(action).queue(any(), any());
        verify(event, never()).deferReply(anyBoolean());
    }

    @Test
    @DisplayName("a modal is only possible as the first answer")
    void modalFirstOnly() {
        ModalCallbackAction modalAction = mock(ModalCallbackAction.class);
        when(event.replyModal(any(Modal.class))).thenReturn(modalAction);
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class);
        when(event.deferReply(false)).thenReturn(defer);
        when(defer.submit()).thenReturn(new CompletableFuture<>());
        Modal modal = mock(Modal.class);

        new InteractionReply(event, false).modal(modal);
        verify(modalAction).queue(any(), any());

        InteractionReply deferred = new InteractionReply(event, false);
        deferred.deferIfPending();
        assertThatThrownBy(() -> deferred.modal(modal)).isInstanceOf(IllegalStateException.class);
        assertThat(deferred.ephemeral()).isFalse();
    }
}
