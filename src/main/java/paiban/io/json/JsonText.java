package paiban.io.json;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import paiban.model.Limits;

/**
 * The file's text form: two-space indentation, "key": value, one list item
 * per line, except that a small object or list of plain values (a rectangle,
 * a link of a chain) stays on one line, so moving a frame changes one line.
 * "\n" line ends on every platform, a final newline, no escapes for Chinese. Reading is strict: no duplicate keys, nothing after the document,
 * decimals kept exact so lengths round-trip.
 */
public final class JsonText {
    /**
     * Longer strings stop the parser; the reader itself refuses paragraphs over
     * {@link Limits#MAX_PARAGRAPH_CHARS} with a located message, and the writer
     * never writes them, so this only guards the parser's memory.
     */
    static final int MAX_STRING = 4 * Limits.MAX_PARAGRAPH_CHARS;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonText() {}

    /** Objects and lists up to this width whose values are all plain go on one line. */
    static final int INLINE_WIDTH = 100;

    public static String write(JsonNode tree) {
        StringBuilder out = new StringBuilder();
        value(out, tree, 0);
        return out.append('\n').toString();
    }

    private static void value(StringBuilder out, JsonNode node, int depth) {
        if (!node.isContainerNode()) {
            out.append(scalar(node));
            return;
        }
        String inline = inline(node);
        if (inline != null && depth > 0 && inline.length() + 2 * depth <= INLINE_WIDTH) {
            out.append(inline);
            return;
        }
        boolean object = node.isObject();
        if (node.isEmpty()) {
            out.append(object ? "{}" : "[]");
            return;
        }
        out.append(object ? '{' : '[');
        String indent = "  ".repeat(depth + 1);
        boolean first = true;
        if (object) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                out.append(first ? "\n" : ",\n").append(indent).append(scalar(TextNode.valueOf(e.getKey()))).append(": ");
                value(out, e.getValue(), depth + 1);
                first = false;
            }
        } else {
            for (JsonNode item : node) {
                out.append(first ? "\n" : ",\n").append(indent);
                value(out, item, depth + 1);
                first = false;
            }
        }
        out.append('\n').append("  ".repeat(depth)).append(object ? '}' : ']');
    }

    /** The one-line form of a container of plain values, or null when it holds containers. */
    private static String inline(JsonNode node) {
        StringBuilder sb = new StringBuilder(node.isObject() ? "{" : "[");
        boolean first = true;
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                if (e.getValue().isContainerNode()) return null;
                sb.append(first ? "" : ", ").append(scalar(TextNode.valueOf(e.getKey()))).append(": ").append(scalar(e.getValue()));
                first = false;
            }
        } else {
            for (JsonNode item : node) {
                if (item.isContainerNode()) return null;
                sb.append(first ? "" : ", ").append(scalar(item));
                first = false;
            }
        }
        return sb.append(node.isObject() ? "}" : "]").toString();
    }

    private static String scalar(JsonNode node) {
        try {
            String json = MAPPER.writeValueAsString(node);
            return node.isTextual() ? escapeLoneSurrogates(json) : json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Half of a surrogate pair (pasted from a broken source) cannot be encoded
     * in UTF-8; written as a \\u escape it survives the round trip instead of
     * becoming "?".
     */
    static String escapeLoneSurrogates(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1));
            if (paired) {
                if (sb != null) sb.append(c).append(json.charAt(i + 1));
                i++;
            } else if (Character.isSurrogate(c)) {
                if (sb == null) sb = new StringBuilder(json.length() + 8).append(json, 0, i);
                sb.append(String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? json : sb.toString();
    }

    /**
     * One JSON document; anything but white space after it is an error.
     * @throws IOException a parse exception with its location
     */
    public static JsonNode parse(String text) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonNode tree;
            try {
                tree = MAPPER.readTree(p);
            } catch (NumberFormatException | ArithmeticException e) {
                // 1e99999999999: an exponent no number type can hold
                throw new BadNumber(p.currentTokenLocation());
            } catch (JsonProcessingException e) {
                if (e.getLocation() == null) throw new Located(e, p.currentLocation());
                throw e;
            }
            JsonLocation extra;
            try {
                if (p.nextToken() == null) return tree;
                extra = p.currentTokenLocation();
            } catch (JsonProcessingException e) {
                extra = e.getLocation(); // unparseable text after the document is still text after the end
            }
            throw new TrailingText(extra);
        }
    }

    /** Text after the end of the document. */
    static final class TrailingText extends JsonProcessingException {
        TrailingText(JsonLocation at) {
            super("text after the end of the document", at);
        }
    }

    /** A number too large for any value of the file. */
    static final class BadNumber extends JsonProcessingException {
        BadNumber(JsonLocation at) {
            super("a number too large to read", at);
        }
    }

    /** A parser complaint that came without a place (a limit of the parser), given the parser's place. */
    static final class Located extends JsonProcessingException {
        Located(JsonProcessingException e, JsonLocation at) {
            super(e.getOriginalMessage(), at, e);
        }
    }

    static JsonParser parser(String text) throws IOException {
        return MAPPER.getFactory().createParser(text);
    }
}
