package dev.pycoach.discord;

import dev.pycoach.progress.StatsService.TopicMastery;
import dev.pycoach.progress.StatsService.UserStats;
import dev.pycoach.progress.StatsService.WeakConcept;
import dev.pycoach.progress.Streak;
import dev.pycoach.progress.StreakPolicy;
import dev.pycoach.progress.StreakService.StreakView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /streak} and {@code /stats}. Users are shown as mentions, which never ping (allowed mentions are empty). Pure. */
final class ProgressView {
    static final int STREAK_COLOR = 0xEF6C00;
    /** A weak concept's rubric point is cut to this, so five of them stay short. */
    static final int POINT_MAX = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final int BAR = 10;

    /**
     * @param viewerId who asked: their own streak reads "your", someone else's names them
     */
    MessageCreateData streak(StreakView view, String viewerId) {
        boolean self = view.userId().equals(viewerId);
        String who = SafeText.mention(view.userId());
        if (view.hidden()) {
            return Outgoing.text(who + " keeps their streak private.");
        }
        EmbedFit embed = new EmbedFit().title(self ? "\ud83d\udd25 Your streak" : "\ud83d\udd25 Streak")
                .color(STREAK_COLOR)
                .description(self ? "" : who)
                .field("Practice streak", line(view.personal()));
        if (view.server() != null) {
            embed.field("Daily-question streak in this server", line(view.server()));
        }
        return Outgoing.builder().setEmbeds(embed.footer("A day counts when you answer at least once, in your own time "
                + "zone (/settings timezone). Every " + StreakPolicy.DAYS_PER_FREEZE + " days earn a freeze (at most "
                + StreakPolicy.MAX_FREEZES + "), spent by itself on a missed day.").build()).build();
    }

    /** {@code /stats}: shown to the user only. */
    MessageCreateData stats(UserStats stats) {
        if (stats.answers() == 0) {
            return Outgoing.text("No answers yet, so no stats. Try `/practice` for a quick question here, or "
                    + "`/interview start` for a mock interview in your DMs: your stats start with your first answer.");
        }
        EmbedFit embed = new EmbedFit().title("\ud83d\udcc8 Your progress").color(AskView.COACH_COLOR)
                .description("**" + stats.answers() + "** answer" + (stats.answers() == 1 ? "" : "s")
                        + " \u00b7 average score **" + Math.round(stats.averageScore()) + "**/100 \u00b7 "
                        + stats.dueReviews() + " concept" + (stats.dueReviews() == 1 ? "" : "s") + " due for review")
                .field("Practice streak", line(stats.streak()));
        embed.lines("Mastery by topic", stats.mastery().values().stream()
                .sorted(Comparator.comparingInt(TopicMastery::mastery).reversed()
                        .thenComparing(m -> m.topic().title()))
                .map(ProgressView::masteryLine).toList());
        if (!stats.weakest().isEmpty()) {
            embed.lines("Weakest concepts", stats.weakest().stream().map(ProgressView::weakLine).toList());
        }
        return Outgoing.builder().setEmbeds(embed.footer("Only you see this. Mastery: your latest score on each "
                + "question of a topic, averaged. Weak concepts come back sooner in /interview.").build()).build();
    }

    /** One streak on one line: its length, the longest, freezes, and what keeps it alive. */
    static String line(Streak s) {
        if (s.current() == 0 && s.longest() == 0) {
            return "No streak yet: answer a question to start one.";
        }
        StringBuilder line = new StringBuilder("**").append(days(s.current())).append("** \u00b7 longest ")
                .append(days(s.longest())).append(" \u00b7 freezes held ").append(s.freezesHeld()).append('/')
                .append(StreakPolicy.MAX_FREEZES);
        if (s.practisedToday()) {
            line.append(" \u00b7 today counts \u2705");
        } else if (s.alive() && s.lastSafeDay() != null) {
            line.append(" \u00b7 answer by ").append(day(s.lastSafeDay())).append(" to keep it");
        } else if (!s.alive()) {
            line.append(" \u00b7 answer today to start a new one");
        }
        return line.toString();
    }

    private static String masteryLine(TopicMastery m) {
        int filled = Math.max(0, Math.min(BAR, Math.round(m.mastery() / 10f)));
        return "`" + "\u2588".repeat(filled) + "\u2591".repeat(BAR - filled) + "` **" + m.mastery() + "** "
                + m.topic().title() + " \u00b7 " + m.questions() + " question" + (m.questions() == 1 ? "" : "s");
    }

    private static String weakLine(WeakConcept w) {
        return "\u2022 **" + w.topic().title() + "**: " + SafeText.truncate(w.point().strip(), POINT_MAX)
                + " (missed " + w.lapses() + "\u00d7)";
    }

    static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
