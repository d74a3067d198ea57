package dev.pycoach.console;

import dev.pycoach.bank.BankException;
import dev.pycoach.bank.BankSource;
import dev.pycoach.bank.Level;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.bank.Topic;
import dev.pycoach.config.BankSources;
import dev.pycoach.config.PyCoachProperties;
import dev.pycoach.discord.DiscordBot;
import dev.pycoach.grading.Grader;
import dev.pycoach.interview.InterviewService;
import dev.pycoach.interview.Mode;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.SessionSpec;
import dev.pycoach.progress.StatsService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar's command line. Parses first (a bad invocation prints usage and exits 2 without starting anything),
 * then runs the command; only {@code practice}, {@code stats}, {@code grade} and the Discord bot start the Spring
 * context, and only {@code practice}, {@code stats} and the bot open the database ({@code grade} runs with the
 * {@code nostore} profile and keeps nothing). With no arguments it runs the Discord bot when {@code DISCORD_TOKEN}
 * is set, console practice otherwise.
 */
public final class PyCoachCli {
    /** Spring arguments for commands that keep nothing: no DataSource, no Flyway, sessions in memory. */
    static final String[] NO_STORE = {"--spring.profiles.active=nostore"};
    /** Spring arguments that add the Discord beans (they exist only when the bot was asked for). */
    static final String[] BOT = {"--pycoach.discord.enabled=true"};
    private final Function<String[], ConfigurableApplicationContext> context;
    private final Function<String, String> env;
    private final long defaultSeed;

    /**
     * @param context starts the application context, with extra Spring arguments, when a command needs the engine
     * @param defaultSeed the practice seed when {@code --seed} is not given
     */
    public PyCoachCli(Function<String[], ConfigurableApplicationContext> context, long defaultSeed) {
        this(context, System::getenv, defaultSeed);
    }

    /** @param env reads an environment variable ({@code DISCORD_TOKEN}, {@code PYCOACH_BANK_DIR}) */
    public PyCoachCli(Function<String[], ConfigurableApplicationContext> context, Function<String, String> env,
                      long defaultSeed) {
        this.context = context;
        this.env = env;
        this.defaultSeed = defaultSeed;
    }

    /** For callers that start the context one way only (it then decides itself whether to open a database). */
    public PyCoachCli(Supplier<ConfigurableApplicationContext> context, long defaultSeed) {
        this(args -> context.get(), defaultSeed);
    }

    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        try {
            Invocation invocation = new CommandLineParser().parse(args);
            return switch (invocation.command()) {
                case "help" -> {
                    out.print(CommandLineParser.USAGE);
                    yield 0;
                }
                case "bank validate" -> new BankCommand().validate(bankSources(invocation.argument()), out, err);
                case "bank stats" -> new BankCommand().stats(bankSources(null), invocation.has("json"), out, err);
                case "grade" -> grade(invocation, out);
                case "stats" -> stats(out);
                case "default" -> hasDiscordToken() ? bot(err) : practice(invocation, in, out, err);
                default -> practice(invocation, in, out, err);
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(CommandLineParser.USAGE);
            return 2;
        } catch (BankException e) {
            err.println("The question bank has problems:");
            e.problems().forEach(err::println);
            return 1;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private List<BankSource> bankSources(String dir) {
        String configured = dir != null ? dir : env.apply("PYCOACH_BANK_DIR");
        if (configured != null && !configured.isBlank() && !Files.isDirectory(Path.of(configured))) {
            throw new UsageException("'" + configured + "' is not a folder");
        }
        return BankSources.load(configured == null || configured.isBlank() ? null : Path.of(configured));
    }

    private int grade(Invocation invocation, PrintStream out) {
        String questionId = invocation.option("question");
        if (questionId == null) {
            throw new UsageException("grade needs --question ID");
        }
        if (invocation.has("answer") == invocation.has("answer-file")) {
            throw new UsageException("grade needs exactly one of --answer TEXT or --answer-file FILE");
        }
        String answer = invocation.has("answer") ? invocation.option("answer") : readFile(invocation.option("answer-file"));
        try (ConfigurableApplicationContext ctx = context.apply(NO_STORE)) {
            GradeCommand command = new GradeCommand(ctx.getBean(QuestionBank.class), ctx.getBean(Grader.class),
                    ctx.getBean(PlannerPolicy.class), ctx.getBean(PyCoachProperties.class).probeBudget());
            out.println(JsonMapper.builder().build().writeValueAsString(
                    command.grade(questionId, invocation.option("probe"), answer)));
            return 0;
        }
    }

    /** The console user's progress, from the database practice keeps. */
    private int stats(PrintStream out) {
        try (ConfigurableApplicationContext ctx = context.apply(new String[0])) {
            out.print(new StatsView().render(ctx.getBean(StatsService.class).statsFor(ConsolePractice.USER)));
            return 0;
        }
    }

    private boolean hasDiscordToken() {
        String token = env.apply("DISCORD_TOKEN");
        return token != null && !token.isBlank();
    }

    /** Runs the Discord bot until it is stopped (Ctrl+C) or Discord closes the connection for good. */
    private int bot(PrintStream err) {
        err.println("DISCORD_TOKEN is set: starting the Discord bot (stop it with Ctrl+C).");
        try (ConfigurableApplicationContext ctx = context.apply(BOT)) {
            DiscordBot bot = ctx.getBean(DiscordBot.class);
            bot.awaitStop();
            return bot.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int practice(Invocation invocation, InputStream in, PrintStream out, PrintStream err) {
        if (invocation.has("resume") && invocation.has("new")) {
            throw new UsageException("give at most one of --resume and --new");
        }
        ConsolePractice.Resume resume = invocation.has("resume") ? ConsolePractice.Resume.RESUME
                : invocation.has("new") ? ConsolePractice.Resume.NEW : ConsolePractice.Resume.ASK;
        try (ConfigurableApplicationContext ctx = context.apply(new String[0])) {
            PyCoachProperties properties = ctx.getBean(PyCoachProperties.class);
            SessionSpec spec = spec(invocation, properties);
            new ConsolePractice(ctx.getBean(InterviewService.class)).run(spec, resume,
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out);
            return 0;
        } catch (IOException e) {
            err.println("error: cannot read standard input: " + e.getMessage());
            return 1;
        }
    }

    private SessionSpec spec(Invocation invocation, PyCoachProperties properties) {
        Topic topic = invocation.has("topic") ? Topic.fromSlug(invocation.option("topic")).orElseThrow(() ->
                new UsageException("unknown topic '" + invocation.option("topic") + "' (topics: " + Topic.slugs() + ")"))
                : null;
        Level level = invocation.has("level") ? Level.fromSlug(invocation.option("level")).orElseThrow(() ->
                new UsageException("unknown level '" + invocation.option("level") + "' (levels: " + Level.slugs() + ")"))
                : null;
        Mode mode = invocation.has("mode") ? Mode.fromSlug(invocation.option("mode")).orElseThrow(() ->
                new UsageException("unknown mode '" + invocation.option("mode") + "' (modes: coach, interview)"))
                : Mode.COACH;
        int questions = invocation.has("questions")
                ? integer(invocation.option("questions"), "--questions", 1, SessionSpec.MAX_QUESTIONS)
                : properties.questions();
        long seed = invocation.has("seed") ? longValue(invocation.option("seed"), "--seed") : defaultSeed;
        return new SessionSpec(topic, level, questions, mode, properties.probeBudget(), seed);
    }

    private static int integer(String value, String option, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new UsageException(option + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, got '" + value + "'");
        }
    }

    private static long longValue(String value, String option) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, got '" + value + "'");
        }
    }

    private static String readFile(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("answer file '" + file + "' does not exist");
        } catch (IOException e) {
            throw new UsageException("cannot read answer file '" + file + "': " + e.getMessage());
        }
    }
}
