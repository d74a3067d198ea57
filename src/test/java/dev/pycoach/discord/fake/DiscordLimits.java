package dev.pycoach.discord.fake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Discord's documented limits, checked on what the bot sends. The OpenAPI description is looser than the docs
 * (content 4,000 there), so these are checked here by hand. Each check returns the problems it found.
 */
public final class DiscordLimits {
    private static final Pattern COMMAND_NAME = Pattern.compile("^[-_\\p{Ll}\\p{N}]{1,32}$");

    private DiscordLimits() {
    }

    /** A message body (create, edit, follow-up, or the data of a type 4/7 callback). */
    public static List<String> message(DataObject m, int files, boolean edit) {
        List<String> problems = new ArrayList<>();
        String content = m.getString("content", "");
        max(problems, "content", content, 2000);
        DataArray embeds = m.optArray("embeds").orElse(DataArray.empty());
        DataArray components = m.optArray("components").orElse(DataArray.empty());
        if (!edit && content.isEmpty() && embeds.isEmpty() && components.isEmpty() && files == 0
                && !m.hasKey("poll") && !m.hasKey("sticker_ids")) {
            problems.add("empty message (Discord: 50006 Cannot send an empty message)");
        }
        if (embeds.length() > 10) {
            problems.add("more than 10 embeds: " + embeds.length());
        }
        int total = 0;
        for (int i = 0; i < embeds.length(); i++) {
            total += embed(problems, embeds.getObject(i), "embeds[" + i + "]");
        }
        if (total > 6000) {
            problems.add("embeds total " + total + " characters > 6000");
        }
        components(problems, components);
        if (files > 10) {
            problems.add("more than 10 files: " + files);
        }
        allowedMentions(problems, m);
        return problems;
    }

    private static int embed(List<String> problems, DataObject e, String at) {
        int length = 0;
        length += max(problems, at + ".title", e.getString("title", ""), 256);
        length += max(problems, at + ".description", e.getString("description", ""), 4096);
        DataArray fields = e.optArray("fields").orElse(DataArray.empty());
        if (fields.length() > 25) {
            problems.add(at + " has " + fields.length() + " fields > 25");
        }
        for (int i = 0; i < fields.length(); i++) {
            DataObject f = fields.getObject(i);
            length += max(problems, at + ".fields[" + i + "].name", f.getString("name", ""), 256);
            length += max(problems, at + ".fields[" + i + "].value", f.getString("value", ""), 1024);
            if (f.getString("name", "").isBlank() || f.getString("value", "").isBlank()) {
                problems.add(at + ".fields[" + i + "] has an empty name or value");
            }
        }
        length += e.optObject("footer").map(f -> max(problems, at + ".footer.text", f.getString("text", ""), 2048)).orElse(0);
        length += e.optObject("author").map(a -> max(problems, at + ".author.name", a.getString("name", ""), 256)).orElse(0);
        return length;
    }

    private static void components(List<String> problems, DataArray rows) {
        if (rows.length() > 5) {
            problems.add("more than 5 action rows: " + rows.length());
        }
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < rows.length(); r++) {
            DataObject row = rows.getObject(r);
            DataArray children = row.optArray("components").orElse(DataArray.empty());
            if (row.getInt("type", 0) != 1 || children.isEmpty() || children.length() > 5) {
                problems.add("action row " + r + " must be type 1 with 1-5 components");
            }
            for (int c = 0; c < children.length(); c++) {
                DataObject button = children.getObject(c);
                String id = button.getString("custom_id", null);
                max(problems, "button label", button.getString("label", ""), 80);
                if (button.getInt("style", 0) != 5 && (id == null || id.isEmpty())) {
                    problems.add("button without custom_id");
                }
                if (id != null) {
                    max(problems, "custom_id", id, 100);
                    if (!ids.add(id)) {
                        problems.add("duplicate custom_id in one message: " + id);
                    }
                }
            }
        }
    }

    /** Every message must ping nobody: allowed_mentions present, nothing parsed, no users, roles or reply ping. */
    private static void allowedMentions(List<String> problems, DataObject m) {
        DataObject allowed = m.optObject("allowed_mentions").orElse(null);
        if (allowed == null) {
            problems.add("allowed_mentions missing: the message could ping @everyone or users");
            return;
        }
        if (!allowed.optArray("parse").map(DataArray::isEmpty).orElse(true)
                || !allowed.optArray("users").map(DataArray::isEmpty).orElse(true)
                || !allowed.optArray("roles").map(DataArray::isEmpty).orElse(true)
                || allowed.getBoolean("replied_user", false)) {
            problems.add("allowed_mentions not empty: " + allowed);
        }
    }

    /** A modal (callback type 9): title, id, 1-5 label components with a text input each. */
    public static List<String> modal(DataObject data) {
        List<String> problems = new ArrayList<>();
        between(problems, "modal title", data.getString("title", ""), 1, 45);
        between(problems, "modal custom_id", data.getString("custom_id", ""), 1, 100);
        DataArray components = data.optArray("components").orElse(DataArray.empty());
        if (components.isEmpty() || components.length() > 5) {
            problems.add("modal must have 1-5 components, has " + components.length());
        }
        for (int i = 0; i < components.length(); i++) {
            DataObject label = components.getObject(i);
            if (label.getInt("type", 0) != 18) {
                problems.add("modal component " + i + " is not a label (type 18)");
                continue;
            }
            between(problems, "label", label.getString("label", ""), 1, 45);
            max(problems, "label description", label.getString("description", ""), 100);
            DataObject input = label.getObject("component");
            between(problems, "text input custom_id", input.getString("custom_id", ""), 1, 100);
            int min = input.getInt("min_length", 0);
            int maxLength = input.getInt("max_length", 4000);
            if (min < 0 || min > 4000 || maxLength < 1 || maxLength > 4000 || min > maxLength) {
                problems.add("text input lengths out of range: " + min + ".." + maxLength);
            }
            max(problems, "text input placeholder", input.getString("placeholder", ""), 100);
            max(problems, "text input value", input.getString("value", ""), 4000);
        }
        return problems;
    }

    /** Autocomplete choices (callback type 8). */
    static List<String> choices(DataObject data) {
        List<String> problems = new ArrayList<>();
        DataArray choices = data.optArray("choices").orElse(DataArray.empty());
        if (choices.length() > 25) {
            problems.add("more than 25 autocomplete choices: " + choices.length());
        }
        for (int i = 0; i < choices.length(); i++) {
            between(problems, "choice name", choices.getObject(i).getString("name", ""), 1, 100);
            max(problems, "choice value", String.valueOf(choices.getObject(i).get("value")), 100);
        }
        return problems;
    }

    /** A bulk command registration. */
    static List<String> commands(DataArray commands) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < commands.length(); i++) {
            DataObject c = commands.getObject(i);
            name(problems, "command", c.getString("name", ""));
            between(problems, "command description", c.getString("description", ""), 1, 100);
            options(problems, c.optArray("options").orElse(DataArray.empty()), c.getString("name", ""));
        }
        return problems;
    }

    private static void options(List<String> problems, DataArray options, String owner) {
        if (options.length() > 25) {
            problems.add(owner + " has more than 25 options");
        }
        boolean optionalSeen = false;
        for (int i = 0; i < options.length(); i++) {
            DataObject o = options.getObject(i);
            String name = o.getString("name", "");
            name(problems, owner + " option", name);
            between(problems, owner + " option description", o.getString("description", ""), 1, 100);
            if (o.getBoolean("required", false) && optionalSeen) {
                problems.add(owner + ": required option " + name + " after an optional one");
            }
            optionalSeen |= !o.getBoolean("required", false);
            DataArray choices = o.optArray("choices").orElse(DataArray.empty());
            if (choices.length() > 25 || (!choices.isEmpty() && o.getBoolean("autocomplete", false))) {
                problems.add(owner + " option " + name + ": choices > 25 or choices with autocomplete");
            }
            options(problems, o.optArray("options").orElse(DataArray.empty()), owner + " " + name);
        }
    }

    private static void name(List<String> problems, String what, String name) {
        if (!COMMAND_NAME.matcher(name).matches()) {
            problems.add(what + " name '" + name + "' must be 1-32 lower-case letters, digits, - or _");
        }
    }

    private static int max(List<String> problems, String what, String value, int max) {
        if (value.length() > max) {
            problems.add(what + " is " + value.length() + " characters > " + max);
        }
        return value.length();
    }

    private static void between(List<String> problems, String what, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            problems.add(what + " must be " + min + "-" + max + " characters, is " + value.length());
        }
    }
}
