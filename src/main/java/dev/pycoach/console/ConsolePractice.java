package dev.pycoach.console;

import dev.pycoach.interview.InterviewService;
import dev.pycoach.interview.Reply;
import dev.pycoach.interview.SessionSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The terminal practice loop. An answer is the lines typed up to an empty line; {@code :hint}, {@code :skip},
 * {@code :model} and {@code :quit} on a line of their own act at any prompt. End of input finishes the
 * session, so scripted answers piped through stdin work.
 */
final class ConsolePractice {
    private static final String USER = "console";
    private final InterviewService interviews;
    private final ConsoleView view = new ConsoleView();

    ConsolePractice(InterviewService interviews) {
        this.interviews = interviews;
    }

    void run(SessionSpec spec, BufferedReader in, PrintStream out) throws IOException {
        Reply reply = interviews.start(USER, spec);
        out.println("PyCoach practice \u00b7 " + spec.mode().slug() + " mode \u00b7 seed " + spec.seed()
                + " (pass --seed " + spec.seed() + " to replay)\n");
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
                    case ":quit" -> {
                        answer.setLength(0);
                        next = interviews.end(USER);
                    }
                    default -> out.println("Unknown command " + command
                            + ". Commands: :hint  :skip  :model  :quit (an answer ends with an empty line)\n");
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
}
