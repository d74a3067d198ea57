package dev.pycoach.store;

import dev.pycoach.TestBanks;
import dev.pycoach.bank.QuestionBank;
import dev.pycoach.grading.LexicalGrader;
import dev.pycoach.interview.InterviewEngine;
import dev.pycoach.interview.InterviewSession;
import dev.pycoach.interview.Mode;
import dev.pycoach.interview.PlannerPolicy;
import dev.pycoach.interview.QuestionPicker;
import dev.pycoach.interview.SessionSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Real sessions from the real engine on one GIL question, for store tests. */
final class Sessions {
    static final String GOOD_ANSWER = """
            Only one thread runs Python bytecode at a time.
            It does not protect your code: x += 1 is a read-modify-write, so a thread can switch between the load and the store.
            Use a threading.Lock for shared state. The GIL is released during blocking I/O.
            """;
    static final QuestionBank BANK = new QuestionBank(List.of(TestBanks.question("gil-what-it-protects")));
    static final SessionSpec SPEC = new SessionSpec(null, null, 1, Mode.COACH, 2, 1);

    private Sessions() {
    }

    static InterviewEngine engine(Instant now, String id) {
        return new InterviewEngine(BANK, new LexicalGrader(), PlannerPolicy.DEFAULT, new QuestionPicker(),
                Clock.fixed(now, ZoneOffset.UTC), () -> id);
    }

    static InterviewSession started(String id, String user, Instant now) {
        return engine(now, id).start(user, SPEC, Set.<String>of()).session();
    }

    static InterviewSession answeredOnce(InterviewSession s) {
        return engine(s.updatedAt().plusSeconds(30), s.id()).answer(s, GOOD_ANSWER).session();
    }

    static InterviewSession finished(InterviewSession s) {
        return engine(s.updatedAt().plusSeconds(30), s.id()).end(s).session();
    }
}
