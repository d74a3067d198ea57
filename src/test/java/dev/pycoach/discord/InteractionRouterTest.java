package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.pycoach.bank.BankLoader;
import dev.pycoach.bank.BankSource;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.grading.LexicalGrader;
import dev.pycoach.interview.InMemorySessionStore;
import dev.pycoach.interview.InterviewEngine;
import dev.pycoach.interview.InterviewService;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.PracticeService;
import dev.pycoach.interview.QuestionPicker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The router's safety net, with JDA's events mocked and the real services behind it. */
class InteractionRouterTest {
    private final AtomicBoolean seedsBroken = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ReplyCallbackAction action = mock(ReplyCallbackAction.class);
    private final ArgumentCaptor<MessageCreateData> replies = ArgumentCaptor.forClass(MessageCreateData.class);

    private InteractionRouter router(Executor executor) {
        QuestionBank bank = new BankLoader().load(BankSource.fromDirectory(Path.of("src/test/resources/discord-bank")));
        Clock clock = Clock.systemUTC();
        InterviewService interviews = new InterviewService(new InterviewEngine(bank, new LexicalGrader(),
                PlannerPolicy.DEFAULT, new QuestionPicker(), clock, () -> "s1"), new InMemorySessionStore(),
                InterviewService.RecentQuestions.NONE);
        Views views = Views.create();
        RateLimits limits = new RateLimits(new RateLimiter(5, Duration.ofMinutes(1), clock),
                new RateLimiter(5, Duration.ofMinutes(1), clock));
        Drafts drafts = new Drafts(Duration.ofHours(1), clock);
        OptionParser options = new OptionParser(3, 2);
        LongSupplier seeds = () -> {
            if (seedsBroken.get()) {
                throw new IllegalStateException("boom");
            }
            return 1;
        };
        DirectMessages dms = new DirectMessages();
        AnswerCollector answers = new AnswerCollector(interviews, drafts, views.interview());
        Handlers handlers = new Handlers(new InterviewCommand(interviews, drafts, limits, options, seeds, dms, views, clock),
                new InterviewButtonHandler(interviews, answers, drafts, limits, views),
                new DmAnswerHandler(interviews, answers, limits, dms, views),
                new PracticeHandler(new PracticeService(bank, new LexicalGrader(), new QuestionPicker(),
                        PlannerPolicy.DEFAULT, 2), options, limits, seeds, views, PracticeRecorder.NONE),
                new ProgressCommand(null, views, clock), new TopicAutocomplete(), dms, views);
        return new InteractionRouter(handlers, new UserQueue(executor), timer, Duration.ofSeconds(2),
                new Failures(views.notices()), ServerMembership.NONE);
    }

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private SlashCommandInteractionEvent slash(String sub) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        User user = mock(User.class);
        when(user.getId()).thenReturn("u1");
        when(event.getUser()).thenReturn(user);
        when(event.getId()).thenReturn("4242");
        when(event.getName()).thenReturn(CommandCatalog.INTERVIEW);
        when(event.getSubcommandName()).thenReturn(sub);
        when(event.getOption(anyString(), any())).thenReturn(null);
        when(event.reply(replies.capture())).thenReturn(action);
        when(event.getHook()).thenReturn(mock(InteractionHook.class));
        when(action.setEphemeral(anyBoolean())).thenReturn(action);
        return event;
    }

    @Test
    @DisplayName("a bug in a handler becomes a private apology with a reference, not a silent failure")
    void unexpectedFailure() {
        seedsBroken.set(true);

        router(Runnable::run).onSlashCommandInteraction(slash(CommandCatalog.START));

        assertThat(replies.getValue().getContent()).startsWith("Sorry, something went wrong").contains("ref 4242");
        verify(action).setEphemeral(true);
    }

    @Test
    @DisplayName("a refusal from the domain is shown privately with its own message")
    void refusal() {
        router(Runnable::run).onSlashCommandInteraction(slash(CommandCatalog.HINT));

        assertThat(replies.getValue().getContent()).isEqualTo("You have no interview in progress. Start one first.");
        verify(action).setEphemeral(true);
    }

    @Test
    @DisplayName("without the database store (nostore) the progress commands say so, privately")
    void progressWithoutStore() {
        for (String command : new String[] {CommandCatalog.STREAK, CommandCatalog.STATS, CommandCatalog.SETTINGS}) {
            SlashCommandInteractionEvent event = slash(CommandCatalog.TIMEZONE);
            when(event.getName()).thenReturn(command);

            router(Runnable::run).onSlashCommandInteraction(event);

            assertThat(replies.getValue().getContent()).as(command).isEqualTo(ProgressCommand.NOT_STORED);
        }
        verify(action, times(3)).setEphemeral(true);
    }

    @Test
    @DisplayName("a button id this version did not make is answered, privately")
    void unknownButton() {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        User user = mock(User.class);
        when(user.getId()).thenReturn("u2");
        when(event.getUser()).thenReturn(user);
        when(event.getComponentId()).thenReturn("answer:123:456");
        when(event.reply(replies.capture())).thenReturn(action);
        when(event.getHook()).thenReturn(mock(InteractionHook.class));
        when(action.setEphemeral(anyBoolean())).thenReturn(action);

        router(Runnable::run).onButtonInteraction(event);

        assertThat(replies.getValue().getContent()).contains("older version of PyCoach");
    }

    @Test
    @DisplayName("nothing escapes a listener, even when the executor refuses work (shutdown)")
    void rejectedWork() {
        Executor refusing = r -> {
            throw new RejectedExecutionException("shut down");
        };

        router(refusing).onSlashCommandInteraction(slash(CommandCatalog.STATUS));
    }
}
