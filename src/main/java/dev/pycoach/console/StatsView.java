package dev.pycoach.console;

import dev.pycoach.progress.StatsService.TopicMastery;
import dev.pycoach.progress.StatsService.UserStats;
import dev.pycoach.progress.StatsService.WeakConcept;
import dev.pycoach.progress.Streak;

/** Renders a user's progress as terminal text. Pure: stats in, text out. */
final class StatsView {

    String render(UserStats stats) {
        StringBuilder out = new StringBuilder();
        Streak s = stats.streak();
        out.append("Practice streak: ").append(days(s.current())).append(" (longest ").append(days(s.longest()))
                .append(") \u00b7 freezes held: ").append(s.freezesHeld()).append('/').append(2)
                .append(s.practisedToday() ? " \u00b7 today counts already" : s.alive() ? " \u00b7 answer today to keep it" : "")
                .append('\n');
        if (stats.answers() == 0) {
            return out.append("No answers yet: run practice to start.\n").toString();
        }
        out.append(String.format("Answers: %d \u00b7 average score %.0f/100 \u00b7 concepts due for review: %d%n",
                stats.answers(), stats.averageScore(), stats.dueReviews()));
        out.append("Mastery by topic (latest score on each question answered):\n");
        for (TopicMastery m : stats.mastery().values()) {
            out.append(String.format("  %-40s %3d/100 over %d question(s)%n", m.topic().title(), m.mastery(), m.questions()));
        }
        if (!stats.weakest().isEmpty()) {
            out.append("Weakest concepts:\n");
            for (WeakConcept w : stats.weakest()) {
                out.append("  ").append(w.questionId()).append(" \u00b7 missed ").append(w.lapses()).append("\u00d7: ")
                        .append(w.point()).append('\n');
            }
        }
        return out.toString();
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }
}
