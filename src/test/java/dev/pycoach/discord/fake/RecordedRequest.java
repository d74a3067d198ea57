package dev.pycoach.discord.fake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * One REST request the bot made, as the fake received it. {@code json()} is the JSON body, or the
 * {@code payload_json} part of a multipart body; {@code files()} are the uploaded files.
 */
public record RecordedRequest(String method, String path, String query, Map<String, String> headers, byte[] body,
                              String contentType, long receivedNanos, List<Multipart.Part> parts) {

    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    public boolean isMultipart() {
        return contentType != null && contentType.startsWith("multipart/");
    }

    public String jsonText() {
        if (isMultipart()) {
            return parts.stream().filter(p -> p.name().equals("payload_json")).map(Multipart.Part::text)
                    .findFirst().orElse("{}");
        }
        return body.length == 0 ? "" : new String(body, StandardCharsets.UTF_8);
    }

    public DataObject json() {
        String text = jsonText();
        return text.isBlank() ? DataObject.empty() : DataObject.fromJson(text);
    }

    public DataArray jsonArray() {
        return DataArray.fromJson(jsonText());
    }

    public List<Multipart.Part> files() {
        return parts.stream().filter(p -> p.name().startsWith("files[")).toList();
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query);
    }
}
