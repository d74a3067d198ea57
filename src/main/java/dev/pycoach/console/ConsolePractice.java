package dev.pycoach.console;

import dev.pycoach.interview.InterviewService;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.Reply;
import dev.pycoach.interview.SessionSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The terminal practice loop. An answer is the lines typed up to an empty line; {@code :hint}, {@code :skip},
 * {@code :model}, {@code :pause} and {@code :quit} on a line of their own act at any prompt. End of input
 * finishes the session, so scripted answers piped through stdin work.
 * <p>
 * Every step is saved before it is shown, so an interview left unfinished (by {@code :pause}, a closed terminal,
 * Ctrl-C or a crash) is offered for resuming at the next start, at the same question and follow-up.
 */
final class ConsolePractice {
    static final String USER = "console";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private final InterviewService interviews;
    private final ConsoleView view = new ConsoleView();

    /** What to do with an unfinished interview: ask, resume it, or end it and start anew. */
    enum Resume { ASK, RESUME, NEW }

    ConsolePractice(InterviewService interviews) {
        this.interviews = interviews;
    }

    void run(SessionSpec spec, BufferedReader in, PrintStream out) throws IOException {
        run(spec, Resume.ASK, in, out);
    }

    void run(SessionSpec spec, Resume resume, BufferedReader in, PrintStream out) throws IOException {
        Reply reply = open(spec, resume, in, out);
        out.print(view.render(reply));
        boolean finished = reply.session().finished();
        StringBuilder answer = new StringBuilder();
        String line;
        while (!finished && (line = in.readLine()) != null) {
            String command = line.strip();
            Reply next = null;
            if (command.matches(":[a-z]+")) {
                switch (command) {
                    case ":hint" -> next = interviews.hint(USER);
                    case ":skip" -> {
                        answer.setLength(0);
                        next = interviews.skip(USER);
                    }
                    case ":model" -> next = interviews.modelAnswer(USER);
                    case ":pause" -> {
                        out.println("Paused. Your interview is saved; run practice again to resume it.");
                        out.flush();
                        return;
                    }
                    case ":quit" -> {
                        answer.setLength(0);
                        next = interviews.end(USER);
                    }
                    default -> out.println("Unknown command " + command
                            + ". Commands: :hint  :skip  :model  :pause  :quit (an answer ends with an empty line)\n");
                }
            } else if (command.isEmpty()) {
                if (answer.length() > 0) {
                    next = interviews.answer(USER, answer.toString());
                    answer.setLength(0);
                }
            } else {
                answer.append(line).append('\n');
            }
            if (next != null) {
                out.print(view.render(next));
                finished = next.session().finished();
            }
        }
        if (!finished) {
            if (answer.length() > 0) {
                Reply last = interviews.answer(USER, answer.toString());
                out.print(view.render(last));
                finished = last.session().finished();
            }
            if (!finished) {
                out.print(view.render(interviews.end(USER)));
            }
        }
        out.flush();
    }

    private Reply open(SessionSpec spec, Resume resume, BufferedReader in, PrintStream out) throws IOException {
        Optional<InterviewSession> unfinished = interviews.active(USER);
        if (unfinished.isPresent()) {
            InterviewSession s = unfinished.get();
            if (resume == Resume.RESUME || (resume == Resume.ASK && askResume(s, in, out))) {
                out.println("Resuming: " + s.spec().mode().slug() + " mode \u00b7 seed " + s.spec().seed()
                        + " (options given for a new interview do not apply)\n");
                return interviews.current(USER);
            }
            Reply ended = interviews.end(USER);
            out.println("Ended the unfinished interview (overall "
                    + ended.scorecardPart().map(c -> c.average() + "/100").orElse("-") + ").\n");
        }
        Reply reply = interviews.start(USER, spec);
        out.println("PyCoach practice \u00b7 " + spec.mode().slug() + " mode \u00b7 seed " + spec.seed()
                + " (pass --seed " + spec.seed() + " to replay)\n");
        return reply;
    }

    /** Asks whether to resume; Enter or y resumes, n starts anew. End of input resumes. */
    private static boolean askResume(InterviewSession s, BufferedReader in, PrintStream out) throws IOException {
        String where = s.pendingProbe() == null ? "question " + (s.index() + 1)
                : "a follow-up on question " + (s.index() + 1);
        out.println("You have an unfinished interview: " + where + " of " + s.questionIds().size() + ", "
                + s.spec().mode().slug() + " mode, last saved " + WHEN.format(s.updatedAt().atZone(ZoneId.systemDefault()))
                + ".");
        while (true) {
            out.print("Resume it? [Y/n] ");
            out.flush();
            String line = in.readLine();
            String answer = line == null ? "y" : line.strip().toLowerCase(Locale.ROOT);
            if (answer.isEmpty() || answer.equals("y") || answer.equals("yes")) {
                out.println();
                return true;
            }
            if (answer.equals("n") || answer.equals("no")) {
                out.println();
                return false;
            }
            out.println("Please answer y (resume it) or n (end it and start a new one).");
        }
    }
}
