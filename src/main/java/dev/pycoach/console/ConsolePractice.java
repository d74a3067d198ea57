package dev.pycoach.console;

import dev.pycoach.interview.InterviewEngine;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.Reply;
import dev.pycoach.interview.SessionSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;

/**
 * The terminal practice loop. An answer is the lines typed up to an empty line; {@code :hint}, {@code :skip},
 * {@code :model} and {@code :quit} on a line of their own act at any prompt. End of input finishes the
 * session, so scripted answers piped through stdin work.
 */
final class ConsolePractice {
    private final InterviewEngine engine;
    private final ConsoleView view = new ConsoleView();

    ConsolePractice(InterviewEngine engine) {
        this.engine = engine;
    }

    void run(SessionSpec spec, BufferedReader in, PrintStream out) throws IOException {
        Reply reply = engine.start("console", spec, Set.of());
        out.println("PyCoach practice \u00b7 " + spec.mode().slug() + " mode \u00b7 seed " + spec.seed()
                + " (pass --seed " + spec.seed() + " to replay)\n");
        out.print(view.render(reply));
        InterviewSession session = reply.session();
        StringBuilder answer = new StringBuilder();
        String line;
        while (!session.finished() && (line = in.readLine()) != null) {
            String command = line.strip();
            Reply next = null;
            if (command.matches(":[a-z]+")) {
                switch (command) {
                    case ":hint" -> next = engine.hint(session);
                    case ":skip" -> {
                        answer.setLength(0);
                        next = engine.skip(session);
                    }
                    case ":model" -> next = engine.modelAnswer(session);
                    case ":quit" -> {
                        answer.setLength(0);
                        next = engine.end(session);
                    }
                    default -> out.println("Unknown command " + command
                            + ". Commands: :hint  :skip  :model  :quit (an answer ends with an empty line)\n");
                }
            } else if (command.isEmpty()) {
                if (answer.length() > 0) {
                    next = engine.answer(session, answer.toString());
                    answer.setLength(0);
                }
            } else {
                answer.append(line).append('\n');
            }
            if (next != null) {
                out.print(view.render(next));
                session = next.session();
            }
        }
        if (!session.finished()) {
            if (answer.length() > 0) {
                Reply last = engine.answer(session, answer.toString());
                out.print(view.render(last));
                session = last.session();
            }
            if (!session.finished()) {
                out.print(view.render(engine.end(session)));
            }
        }
        out.flush();
    }
}
