package dev.pycoach.discord;

import dev.pycoach.PyCoachApplication;
import dev.pycoach.discord.fake.FakeDiscord;
import dev.pycoach.discord.fake.FakeUser;
import dev.pycoach.discord.fake.Interaction;
import dev.pycoach.discord.fake.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.RestConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * N simulated users answering concurrently over the fake Discord, closed loop (each sends its next answer when
 * the previous one was answered). Measures the time from the fake dispatching a DM (MESSAGE_CREATE) to the
 * fake receiving the bot's reply (POST channels/{dm}/messages), and answers handled per second. Runs a trivial
 * echo bot on the same test bed first: the ceiling of JDA plus the fake on this machine.
 * <p>Usage: {@code scripts/bench-discord.sh [users] [answers-per-user] [bank-dir] [jdbc|memory] [hybrid|lexical]}
 * (defaults 50, 20, {@code questions}, {@code jdbc}: the session and progress store on an in-memory H2, as in
 * production but without a disk; {@code memory} runs the {@code nostore} profile, engine and grader only;
 * the grader defaults to the app's default, {@code hybrid}).
 */
public final class DiscordBenchmark {
    private static final String ANSWER = """
            Only one thread runs Python bytecode at a time in a process, so the GIL protects the interpreter's own
            state: reference counts, the allocator and the internals of dicts and lists. It does not make my code
            thread-safe: x += 1 is a read-modify-write of several bytecodes and a thread switch can land between the
            load and the store, so updates are lost. Shared mutable state still needs a threading.Lock or a
            queue.Queue. The GIL is released around blocking I/O, so threads still help I/O-bound services.
            done""";

    private DiscordBenchmark() {
    }

    record Result(String bot, int users, int answers, double seconds, double cpuSeconds, long[] latenciesNanos,
                  Map<String, Long> cpuByThreads) {
        double perSecond() {
            return answers / seconds;
        }

        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }

        Result plus(Result other) {
            long[] all = Arrays.copyOf(latenciesNanos, latenciesNanos.length + other.latenciesNanos.length);
            System.arraycopy(other.latenciesNanos, 0, all, latenciesNanos.length, other.latenciesNanos.length);
            Map<String, Long> cpu = new java.util.TreeMap<>(cpuByThreads);
            other.cpuByThreads.forEach((k, v) -> cpu.merge(k, v, Long::sum));
            return new Result(bot, users, answers + other.answers, seconds + other.seconds,
                    cpuSeconds + other.cpuSeconds, all, cpu);
        }

        /** CPU ms per answer by thread group: where the time goes. */
        String breakdown() {
            StringBuilder b = new StringBuilder(bot + " CPU ms/answer by threads:");
            cpuByThreads.forEach((k, v) -> b.append(String.format(" %s %.2f;", k, v / 1e6 / answers)));
            return b.toString();
        }

        String line() {
            return String.format("| %-7s | %5d | %7d | %8.1f | %8.1f | %8.1f | %9.0f | %11.2f |", bot, users, answers,
                    percentileMillis(50), percentileMillis(99), percentileMillis(100), perSecond(),
                    cpuSeconds * 1000 / answers);
        }
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int answers = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String bank = args.length > 2 ? args[2] : "questions";
        boolean jdbc = args.length <= 3 || !args[3].equals("memory");
        String grader = args.length > 4 ? args[4] : "hybrid";
        int rounds = 3;
        String before = loadAverage();
        try (EchoBot echoBot = new EchoBot(); PyCoachBot coachBot = new PyCoachBot(bank, jdbc, grader)) {
            Load echoLoad = new Load(echoBot.fake, users, "echo", user -> {
            });
            Load coachLoad = new Load(coachBot.fake, users, "PyCoach", user -> startInterview(coachBot.fake, user));
            // Warm-up: the JIT needs a couple of thousand answers before the code paths are compiled.
            int warmup = Math.max(answers, 2000 / users);
            echoLoad.measure(warmup);
            coachLoad.measure(warmup);
            Result echo = null;
            Result coach = null;
            // Alternating rounds, so a change in the machine's load hits both bots alike.
            for (int r = 0; r < rounds; r++) {
                Result e = echoLoad.measure(answers);
                Result c = coachLoad.measure(answers);
                echo = echo == null ? e : echo.plus(e);
                coach = coach == null ? c : coach.plus(c);
            }
            List<String> lines = List.of(
                    String.format("Discord benchmark: %d users x %d answers x %d rounds, session store %s, %s grader, "
                            + "%d cores, load average %s -> %s", users, answers, rounds,
                            jdbc ? "JDBC (H2 in memory)" : "in memory", grader,
                            Runtime.getRuntime().availableProcessors(), before, loadAverage()),
                    "",
                    "| bot     | users | answers | p50 (ms) | p99 (ms) | max (ms) | answers/s | CPU ms/answer |",
                    "|---------|------:|--------:|---------:|---------:|---------:|----------:|--------------:|",
                    echo.line(), coach.line(),
                    "",
                    String.format("PyCoach p99 %.1f ms (target <= 100), throughput %.2f x echo (target >= 0.8)",
                            coach.percentileMillis(99), coach.perSecond() / echo.perSecond()),
                    "",
                    echo.breakdown(), coach.breakdown());
            lines.forEach(System.out::println);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "discord-benchmark.txt"), lines);
        }
        System.exit(0);
    }

    /** The ceiling: a bot that answers each DM with one message, straight from JDA's event thread. */
    private static final class EchoBot implements AutoCloseable {
        private final FakeDiscord fake = FakeDiscord.startWithoutSchemas();
        private final JDA jda;

        EchoBot() throws InterruptedException {
            jda = JDABuilder.createLight(FakeDiscord.TOKEN, JdaFactory.INTENTS)
                    .setEnableShutdownHook(false)
                    .setRestConfig(new RestConfig().setBaseUrl(fake.apiUrl()))
                    .setSessionController(new GatewaySessionController(fake.gatewayUrl(), 0))
                    .addEventListeners(new ListenerAdapter() {
                        @Override
                        public void onMessageReceived(MessageReceivedEvent event) {
                            if (event.isFromType(ChannelType.PRIVATE) && !event.getAuthor().isBot()) {
                                event.getChannel().sendMessage(Outgoing.text("echo: "
                                        + SafeText.truncate(event.getMessage().getContentRaw(), 100))).queue();
                            }
                        }
                    }).build().awaitReady();
        }

        @Override
        public void close() {
            jda.shutdownNow();
            fake.close();
        }
    }

    /** PyCoach as it runs in production (Spring context, router, engine, offline grader), in interview mode. */
    private static final class PyCoachBot implements AutoCloseable {
        private final FakeDiscord fake = FakeDiscord.startWithoutSchemas();
        private final ConfigurableApplicationContext context;

        PyCoachBot(String bank, boolean jdbc, String grader) {
            SpringApplication app = new SpringApplication(PyCoachApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            if (!jdbc) {
                app.setAdditionalProfiles("nostore");
            }
            context = app.run("--pycoach.discord.enabled=true",
                    "--pycoach.discord.token=" + FakeDiscord.TOKEN, "--pycoach.discord.api-url=" + fake.apiUrl(),
                    "--pycoach.discord.gateway-url=" + fake.gatewayUrl(), "--pycoach.discord.identify-delay=0s",
                    "--pycoach.discord.dev-guild-id=" + fake.guildId(), "--pycoach.bank-dir=" + bank,
                    "--pycoach.discord.answer-limit=1000000", "--pycoach.discord.start-limit=1000000",
                    "--logging.level.dev.pycoach=WARN", "--pycoach.grader=" + grader,
                    // The JDBC session store as in production, on an in-memory H2 (no disk in the figures).
                    "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }

        @Override
        public void close() {
            context.close();
            fake.close();
        }
    }

    /** Starts a 10-question interview (or as many as the bank has) in the user's DM; waits for its first question. */
    private static void startInterview(FakeDiscord fake, FakeUser user) {
        try {
            FakeDiscord.Cursor cursor = fake.cursor();
            Interaction start = fake.slash(user, false, CommandCatalog.INTERVIEW, CommandCatalog.START,
                    Map.of(CommandCatalog.QUESTIONS, 10, CommandCatalog.MODE, "interview"));
            cursor.next(m -> start.id().equals(m.interactionId()) && !m.buttonIds().isEmpty(), Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The simulated users: each sends a DM answer and waits for the bot's message in its DM channel. */
    private static final class Load {
        private final FakeDiscord fake;
        private final List<FakeUser> users = new ArrayList<>();
        private final Map<String, BlockingQueue<RecordedRequest>> replies = new ConcurrentHashMap<>();
        private final java.util.function.Consumer<FakeUser> start;
        private final java.util.Set<String> started = ConcurrentHashMap.newKeySet();

        private final String name;

        Load(FakeDiscord fake, int count, String name, java.util.function.Consumer<FakeUser> start) {
            this.fake = fake;
            this.name = name;
            this.start = start;
            for (int i = 0; i < count; i++) {
                FakeUser user = fake.newUser("user" + i);
                users.add(user);
                replies.put(user.dmChannelId(), new LinkedBlockingQueue<>());
            }
            fake.listen(r -> {
                if (r.method().equals("POST") && r.path().startsWith("channels/")) {
                    BlockingQueue<RecordedRequest> queue = replies.get(r.path().split("/")[1]);
                    if (queue != null) {
                        queue.add(r);
                    }
                }
            });
        }

        Result measure(int answers) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(users.size());
            try {
                long cpu = processCpuNanos();
                Map<String, Long> threadsBefore = cpuByThreadGroup();
                long begin = System.nanoTime();
                List<Future<long[]>> futures = new ArrayList<>();
                for (FakeUser user : users) {
                    futures.add(pool.submit(() -> answerLoop(user, answers)));
                }
                List<Long> all = new ArrayList<>();
                for (Future<long[]> f : futures) {
                    Arrays.stream(f.get(10, TimeUnit.MINUTES)).forEach(all::add);
                }
                double seconds = (System.nanoTime() - begin) / 1e9;
                double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
                Map<String, Long> threads = cpuByThreadGroup();
                threadsBefore.forEach((k, v) -> threads.merge(k, -v, Long::sum));
                if (!fake.problems().isEmpty()) {
                    throw new IllegalStateException("the fake found problems: " + fake.problems());
                }
                return new Result(name, users.size(), all.size(), seconds, cpuSeconds,
                        all.stream().mapToLong(Long::longValue).toArray(), threads);
            } finally {
                pool.shutdownNow();
            }
        }

        private long[] answerLoop(FakeUser user, int answers) throws InterruptedException {
            BlockingQueue<RecordedRequest> queue = replies.get(user.dmChannelId());
            long[] latencies = new long[answers];
            if (started.add(user.id())) {
                start.accept(user);
            }
            for (int i = 0; i < answers; i++) {
                queue.clear();
                long sent = System.nanoTime();
                fake.sendDm(user, ANSWER);
                RecordedRequest reply = queue.poll(30, TimeUnit.SECONDS);
                if (reply == null) {
                    throw new IllegalStateException(user.name() + " got no reply in 30 s");
                }
                latencies[i] = reply.receivedNanos() - sent;
                if (reply.jsonText().contains("Scorecard")) {
                    start.accept(user);
                }
            }
            return latencies;
        }
    }

    /** CPU time of this whole JVM (fake, JDA, bot and simulated users): load-independent cost per answer. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of live threads, grouped by name with the numbers taken out (e.g. "pycoach-discord-N"). */
    private static Map<String, Long> cpuByThreadGroup() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new java.util.TreeMap<>();
        for (long id : mx.getAllThreadIds()) {
            java.lang.management.ThreadInfo info = mx.getThreadInfo(id);
            long cpu = mx.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                String group = info.getThreadName().replaceAll("\\d+", "N");
                group = group.startsWith("pool-") ? "simulated users" : group;
                groups.merge(group, cpu, Long::sum);
            }
        }
        return groups;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
