package dev.pycoach.discord;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /settings}: confirmations, the unknown-zone refusal and zone suggestions. Pure. */
final class SettingsView {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    /** @param now the current time in the new zone */
    MessageCreateData timeZoneSet(ZonedDateTime now) {
        return Outgoing.text("Your time zone is now **" + name(now.getZone()) + "**: it is " + LOCAL.format(now)
                + " there. Your practice days count on this calendar from now on; days already practised keep "
                + "their date.");
    }

    /** @param now the current time in the server's new zone */
    MessageCreateData serverTimeZoneSet(ZonedDateTime now) {
        return Outgoing.text("This server's time zone is now **" + name(now.getZone()) + "**: it is "
                + LOCAL.format(now) + " there. Members who set no zone of their own count their days on it, "
                + "and the weekly leaderboard starts on Monday in it.");
    }

    /**
     * @param typed what the user typed, shown only as inline code (so it cannot ping or format)
     * @param close zone ids close to it, possibly none
     */
    MessageCreateData unknownZone(String typed, List<String> close) {
        String suggestions = close.isEmpty() ? "" : " Did you mean " + close.stream().limit(3)
                .map(z -> "`" + z + "`").collect(Collectors.joining(", ")) + "?";
        return Outgoing.text(SafeText.inlineCode(typed, 60) + " is not a time zone I know. Type an IANA zone name "
                + "such as `Europe/Berlin` or `America/New_York`, or start typing a city and pick one of the "
                + "suggestions." + suggestions);
    }

    MessageCreateData leaderboardVisibility(boolean hidden) {
        return Outgoing.text(hidden
                ? "Done: you are hidden from every leaderboard, and others can no longer see your streak. "
                + "`/settings leaderboard show` undoes it."
                : "Done: you appear on the leaderboards of the servers where you use PyCoach, and others can see "
                + "your streak. `/settings leaderboard hide` undoes it.");
    }

    /** Autocomplete choices for a zone option; zone ids are short, well under the 100-character limit. */
    List<Command.Choice> zoneChoices(List<String> zones) {
        return zones.stream().limit(OptionData.MAX_CHOICES).map(z -> new Command.Choice(z, z)).toList();
    }

    /** A zone as the user would type it: "UTC" rather than "Z". */
    static String name(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) && !zone.getId().contains("/") ? "UTC" : zone.getId();
    }
}
