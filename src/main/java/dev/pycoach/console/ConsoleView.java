package dev.pycoach.console;

import dev.pycoach.bank.Concept;
import dev.pycoach.bank.Question;
import dev.pycoach.grading.Assessment;
import dev.pycoach.grading.ConceptResult;
import dev.pycoach.grading.MisconceptionHit;
import dev.pycoach.interview.Ask;
import dev.pycoach.interview.Feedback;
import dev.pycoach.interview.Outcome;
import dev.pycoach.interview.Reply;
import dev.pycoach.interview.Scorecard;
import java.util.stream.Collectors;

/** Renders engine replies as terminal text. Pure: text in, text out. */
final class ConsoleView {
    private static final int EVIDENCE = 100;
    static final String ANSWER_PROMPT = "Your answer (end with an empty line; :hint  :skip  :model  :pause  :quit)";

    String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        reply.noticePart().ifPresent(n -> out.append(n).append("\n\n"));
        reply.feedbackPart().ifPresent(f -> out.append(feedback(f)).append('\n'));
        reply.askPart().ifPresent(a -> out.append(ask(a)).append('\n'));
        reply.scorecardPart().ifPresent(s -> out.append(scorecard(s)));
        return out.toString();
    }

    String ask(Ask ask) {
        Question q = ask.question();
        StringBuilder out = new StringBuilder();
        if (!ask.isProbe()) {
            out.append("Question ").append(ask.number()).append('/').append(ask.total()).append(" \u00b7 ")
                    .append(q.topic().title()).append(" \u00b7 ").append(q.level().slug()).append(" \u00b7 ")
                    .append(q.kind().slug()).append('\n');
        } else if (ask.challenged() != null) {
            out.append("Follow-up on question ").append(ask.number()).append(" \u2014 let me push back on one point.\n");
        } else {
            out.append("Follow-up on question ").append(ask.number()).append(":\n");
        }
        out.append(ask.text()).append("\n\n").append(ANSWER_PROMPT).append('\n');
        return out.toString();
    }

    /** The sentence that earned a verdict, so the candidate sees what was read (cut to one line). */
    private static void appendEvidence(StringBuilder out, String evidence) {
        if (evidence != null && !evidence.isBlank()) {
            String line = evidence.replaceAll("\\s+", " ").strip();
            out.append("             you said: \"").append(line.length() > EVIDENCE ? line.substring(0, EVIDENCE - 1) + "…" : line)
                    .append("\"\n");
        }
    }

    String feedback(Feedback feedback) {
        Assessment a = feedback.assessment();
        StringBuilder out = new StringBuilder("Score: ").append(a.score()).append("/100\n");
        for (ConceptResult r : a.concepts()) {
            Concept c = feedback.rubric().concepts().stream().filter(x -> x.id().equals(r.conceptId()))
                    .findFirst().orElseThrow();
            switch (r.coverage()) {
                case COVERED -> out.append("  [covered] ").append(c.point()).append('\n');
                case PARTIAL -> out.append("  [partly]  ").append(c.point()).append("\n             ")
                        .append(c.explain()).append('\n');
                case MISSED -> out.append("  [missed]  ").append(c.point()).append("\n             ")
                        .append(c.explain()).append('\n');
            }
            appendEvidence(out, r.evidence());
        }
        for (MisconceptionHit hit : a.misconceptions()) {
            feedback.rubric().misconceptions().stream().filter(m -> m.id().equals(hit.misconceptionId()))
                    .findFirst().ifPresent(m -> {
                        out.append("  [wrong]   ").append(m.claim()).append("\n             ")
                                .append(m.correction()).append('\n');
                        appendEvidence(out, hit.evidence());
                    });
        }
        return out.toString();
    }

    String scorecard(Scorecard card) {
        StringBuilder out = new StringBuilder("=== Scorecard ===\n");
        int n = 1;
        for (Scorecard.QuestionScore q : card.questions()) {
            out.append(String.format("%2d. %s  score %d  (%s; %d follow-up(s), depth %d)%n", n++, q.questionId(),
                    q.score(), q.outcome().label(), q.probesAsked(), q.depth()));
            out.append("    ").append(q.title()).append('\n');
            q.covered().forEach(c -> out.append("    + ").append(c).append('\n'));
            q.missed().forEach(c -> out.append("    - ").append(c).append('\n'));
            q.misconceptions().forEach(c -> out.append("    ! ").append(c).append('\n'));
            if (q.outcome() != Outcome.NOT_REACHED) {
                out.append("    Model answer: ").append(q.modelAnswer().replace("\n", "\n      ")).append('\n');
            }
        }
        if (!card.topicAverages().isEmpty()) {
            out.append("Topics: ").append(card.topicAverages().entrySet().stream()
                    .map(e -> e.getKey().title() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        }
        out.append("Overall: ").append(card.average()).append("/100 \u2014 ").append(card.signal().label()).append('\n');
        if (!card.studyNext().isEmpty()) {
            out.append("Study next:\n");
            for (Scorecard.StudyItem item : card.studyNext()) {
                out.append("  * ").append(item.point()).append("\n    ").append(item.why());
                if (item.reference() != null) {
                    out.append("\n    ").append(item.reference());
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
