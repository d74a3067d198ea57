package dev.pycoach.interview;

import dev.pycoach.bank.Topic;
import java.util.List;
import java.util.Map;

/** The end-of-interview summary: per question, per topic, a hiring signal and what to study next. */
public record Scorecard(String sessionId, List<QuestionScore> questions, Map<Topic, Integer> topicAverages,
                        int average, HiringSignal signal, List<StudyItem> studyNext) {
    public Scorecard {
        questions = List.copyOf(questions);
        topicAverages = Map.copyOf(topicAverages);
        studyNext = List.copyOf(studyNext);
    }

    /**
     * One question's result.
     *
     * @param covered points of the concepts covered (after follow-ups)
     * @param missed points of the concepts not covered
     * @param misconceptions corrections of misconceptions left standing
     * @param depth deeper probes answered well
     * @param modelAnswer what a strong answer says, shown once the question is over
     */
    public record QuestionScore(String questionId, Topic topic, String title, int score, Outcome outcome,
                                List<String> covered, List<String> missed, List<String> misconceptions,
                                int probesAsked, int depth, String modelAnswer) {
        public QuestionScore {
            covered = List.copyOf(covered);
            missed = List.copyOf(missed);
            misconceptions = List.copyOf(misconceptions);
        }
    }

    /** A concept to study, why it matters, and where to read about it. */
    public record StudyItem(String questionId, String conceptId, String point, String why, String reference) {
    }
}
