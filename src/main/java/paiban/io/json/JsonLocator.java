package paiban.io.json;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;

/**
 * Finds the line and column of a JSON path in the text, for messages. Only
 * run when something is wrong, so the reader itself need not track places.
 */
public final class JsonLocator {
    private JsonLocator() {}

    /** Line and column (1-based) where the value or key at {@code path} starts. */
    public static Optional<int[]> locate(String text, String path) {
        JsonPointer target = toPointer(path);
        try (JsonParser p = JsonText.parser(text)) {
            while (p.nextToken() != null) {
                if (p.getParsingContext().pathAsPointer().equals(target)) {
                    JsonLocation at = p.currentTokenLocation();
                    return Optional.of(new int[] {at.getLineNr(), at.getColumnNr()});
                }
            }
        } catch (IOException | RuntimeException e) {
            // The text was parsed once already; if it cannot be walked again the message goes without a line.
        }
        return Optional.empty();
    }

    /** pages[1].frames[3].bounds → /pages/1/frames/3/bounds */
    static JsonPointer toPointer(String path) {
        if (path.isEmpty()) return JsonPointer.empty();
        StringBuilder sb = new StringBuilder();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                flush(sb, segment);
            } else if (c == ']') {
                flush(sb, segment);
            } else {
                segment.append(c);
            }
        }
        flush(sb, segment);
        return JsonPointer.compile(sb.toString());
    }

    private static void flush(StringBuilder sb, StringBuilder segment) {
        if (segment.length() == 0) return;
        sb.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        segment.setLength(0);
    }
}
