package dev.pycoach.discord.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal multipart/form-data parser: enough for JDA's {@code payload_json} and {@code files[n]} parts. */
public final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    public record Part(String name, String filename, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {
    }

    static List<Part> parse(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new IllegalArgumentException("multipart without boundary: " + contentType);
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int headerStart = start + delimiter.length;
            if (headerStart + 2 <= body.length && body[headerStart] == '-' && body[headerStart + 1] == '-') {
                break;
            }
            headerStart += 2;
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headerStart);
            int next = indexOf(body, delimiter, headerEnd);
            if (headerEnd < 0 || next < 0) {
                break;
            }
            String headers = new String(body, headerStart, headerEnd - headerStart, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headerEnd + 4, next - 2);
            Matcher name = NAME.matcher(headers);
            Matcher file = FILENAME.matcher(headers);
            parts.add(new Part(name.find() ? name.group(1) : "", file.find() ? file.group(1) : null, content));
            start = next;
        }
        return parts;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
