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
    private static final System.Logger LOG = paiban.log.Log.of(JsonLocator.class);
    private JsonLocator() {}

    /** Line and column (1-based) where the value or key at {@code target} starts. */
    public static Optional<int[]> locate(String text, JsonPointer target) {
        try (JsonParser p = JsonText.parser(text)) {
            while (p.nextToken() != null) {
                if (p.getParsingContext().pathAsPointer().equals(target)) {
                    JsonLocation at = p.currentTokenLocation();
                    return Optional.of(new int[] {at.getLineNr(), at.getColumnNr()});
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "the JSON could not be walked again for a line number", e);
            // The text was parsed once already; if it cannot be walked again the message goes without a line.
        }
        return Optional.empty();
    }
}
