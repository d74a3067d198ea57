package dev.pycoach.discord;

import dev.pycoach.bank.Topic;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** Suggestions for the {@code topic} option: topics whose slug or title contains what was typed. Pure. */
final class TopicAutocomplete {

    List<Command.Choice> choices(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Topic.values())
                .filter(t -> t.slug().contains(needle) || t.title().toLowerCase(Locale.ROOT).contains(needle))
                .limit(OptionData.MAX_CHOICES)
                .map(t -> new Command.Choice(t.title() + " (" + t.slug() + ")", t.slug()))
                .toList();
    }
}
