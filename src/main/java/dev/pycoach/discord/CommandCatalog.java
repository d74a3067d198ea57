package dev.pycoach.discord;

import dev.pycoach.bank.Level;
import dev.pycoach.interview.Mode;
import dev.pycoach.interview.SessionSpec;
import dev.pycoach.progress.Board;
import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** The slash commands, their names as constants (handlers and tests use these), and their registration data. */
final class CommandCatalog {
    static final String INTERVIEW = "interview";
    static final String START = "start";
    static final String HINT = "hint";
    static final String SKIP = "skip";
    static final String END = "end";
    static final String RESUME = "resume";
    static final String STATUS = "status";
    static final String PRACTICE = "practice";
    static final String HELP = "help";
    static final String TOPIC = "topic";
    static final String LEVEL = "level";
    static final String QUESTIONS = "questions";
    static final String MODE = "mode";
    static final String STREAK = "streak";
    static final String USER = "user";
    static final String STATS = "stats";
    static final String LEADERBOARD = "leaderboard";
    static final String PERIOD = "period";
    static final String SETTINGS = "settings";
    static final String TIMEZONE = "timezone";
    static final String ZONE = "zone";
    /** {@code /settings leaderboard <show|hide>}; the option's name. */
    static final String VISIBILITY = "visibility";
    static final String SHOW = "show";
    static final String HIDE = "hide";
    static final String SERVER_TIMEZONE = "server-timezone";

    private CommandCatalog() {
    }

    static List<SlashCommandData> commands() {
        return List.of(
                command(INTERVIEW, "A one-on-one mock Python interview in your DMs").addSubcommands(
                        new SubcommandData(START, "Start a mock interview (in your DMs)")
                                .addOptions(topic(), level(), questions(), mode()),
                        new SubcommandData(HINT, "A hint for the current question"),
                        new SubcommandData(SKIP, "Skip the current question or follow-up"),
                        new SubcommandData(END, "End the interview now and get the scorecard"),
                        new SubcommandData(RESUME, "Show the current question again"),
                        new SubcommandData(STATUS, "Where you are in your interview")),
                command(PRACTICE, "One quick question here, answered privately").addOptions(topic(), level()),
                command(STREAK, "Your practice streak (or another member's)")
                        .addOption(OptionType.USER, USER, "Whose streak (default: yours)", false),
                command(STATS, "Your progress: answers, scores, mastery per topic, weakest concepts (private)"),
                command(LEADERBOARD, "This server's leaderboard").addOptions(period()),
                command(SETTINGS, "Your PyCoach settings").addSubcommands(
                        new SubcommandData(TIMEZONE, "Your time zone: the calendar your streak days count in")
                                .addOptions(zone()),
                        new SubcommandData(LEADERBOARD, "Show or hide yourself on leaderboards (and your streak)")
                                .addOptions(new OptionData(OptionType.STRING, VISIBILITY, "show or hide", true)
                                        .addChoice(SHOW, SHOW).addChoice(HIDE, HIDE)),
                        new SubcommandData(SERVER_TIMEZONE, "This server's time zone, for members who set none "
                                + "(Manage Server)").addOptions(zone())),
                command(HELP, "How PyCoach works"));
    }

    private static SlashCommandData command(String name, String description) {
        return Commands.slash(name, description)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
    }

    private static OptionData topic() {
        return new OptionData(OptionType.STRING, TOPIC, "A topic, e.g. gil or descriptors (default: any)", false, true);
    }

    private static OptionData period() {
        OptionData period = new OptionData(OptionType.STRING, PERIOD, "week (default), last-week or streak", false);
        Arrays.stream(Board.values()).forEach(b -> period.addChoice(b.slug(), b.slug()));
        return period;
    }

    private static OptionData zone() {
        return new OptionData(OptionType.STRING, ZONE, "An IANA time zone, e.g. Europe/Berlin", true, true);
    }

    private static OptionData level() {
        OptionData level = new OptionData(OptionType.STRING, LEVEL, "mid, senior or staff (default: any)", false);
        Arrays.stream(Level.values()).forEach(l -> level.addChoice(l.slug(), l.slug()));
        return level;
    }

    private static OptionData questions() {
        return new OptionData(OptionType.INTEGER, QUESTIONS, "How many questions (default 3)", false)
                .setRequiredRange(1, SessionSpec.MAX_QUESTIONS);
    }

    private static OptionData mode() {
        OptionData mode = new OptionData(OptionType.STRING, MODE, "coach: feedback after each answer; "
                + "interview: only at the end", false);
        Arrays.stream(Mode.values()).forEach(m -> mode.addChoice(m.slug(), m.slug()));
        return mode;
    }
}
