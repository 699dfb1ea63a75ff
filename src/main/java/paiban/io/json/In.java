package paiban.io.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import paiban.model.Limits;
import paiban.model.unit.Units;

/**
 * A value of the file being read, with its JSON path. Every accessor checks
 * the kind of value and fails with a {@link FormatError} that says where and
 * what, so the mapping code reads like a description of the format.
 * An object remembers which keys were asked for; {@link #done()} rejects the
 * others, so a misspelt key is reported instead of silently ignored.
 */
final class In {
    private final JsonNode node;
    private final String path;
    private final JsonPointer pointer;
    private final Set<String> used = new LinkedHashSet<>();

    In(JsonNode node) {
        this(node, "", JsonPointer.empty());
    }

    /** The same value read afresh (no keys asked for yet). */
    In(JsonNode node, String path, JsonPointer pointer) {
        this.node = node;
        this.path = path;
        this.pointer = pointer;
    }

    String path() { return path; }

    JsonPointer pointer() { return pointer; }

    JsonNode node() { return node; }

    FormatError error(String problem) { return new FormatError(path, pointer, problem); }

    /** pages[1].frames[3].bounds; a key that is not a plain name is quoted: styles["a.b"]. */
    private String child(String key) {
        if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) return path + "[\"" + Excerpt.of(key) + "\"]";
        return path.isEmpty() ? key : path + "." + key;
    }

    private In child(String key, JsonNode value) {
        return new In(value, child(key), pointer.appendProperty(key));
    }

    /** This value as an object; fails when it is something else. */
    In object() {
        if (!node.isObject()) throw error("expected an object { … } but found " + describe(node));
        return this;
    }

    boolean has(String key) {
        object();
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** A key that must be there (and not null). */
    In get(String key) {
        object();
        used.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) throw error("the required key \"" + key + "\" is missing");
        return child(key, v);
    }

    /** A key that may be left out; null when absent or null. */
    In opt(String key) {
        object();
        used.add(key);
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : child(key, v);
    }

    /** Rejects keys this object does not know. */
    void done() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!used.contains(name)) {
                throw new FormatError(child(name), pointer.appendProperty(name), "unknown key \"" + Excerpt.of(name) + "\" (known here: " + String.join(", ", used) + ")");
            }
        }
    }

    List<In> list() {
        if (!node.isArray()) throw error("expected a list [ … ] but found " + describe(node));
        List<In> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) items.add(new In(node.get(i), path + "[" + i + "]", pointer.appendIndex(i)));
        return items;
    }

    String string() {
        if (!node.isTextual()) throw error("expected text in quotes but found " + describe(node));
        return node.textValue();
    }

    String string(String key) { return get(key).string(); }

    String string(String key, String absent) {
        In v = opt(key);
        return v == null ? absent : v.string();
    }

    int integer() {
        if (!node.isIntegralNumber()) {
            if (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0) return exactInt();
            throw error("expected a whole number but found " + describe(node));
        }
        return exactInt();
    }

    private int exactInt() {
        if (!node.canConvertToInt()) throw error("the number " + Excerpt.of(node.asText()) + " is too large");
        return node.decimalValue().intValueExact();
    }

    int integer(String key) { return get(key).integer(); }

    /** A whole number that must lie in [min, max]; the message names the range. */
    int integer(String key, int min, int max) { return get(key).inRange(min, max); }

    int integer(String key, int absent, int min, int max) {
        In v = opt(key);
        return v == null ? absent : v.inRange(min, max);
    }

    private int inRange(int min, int max) {
        int v = integer();
        if (v > max) throw error(v + " is too large: at most " + max + " here");
        if (v < min) throw error(v + " is too small: at least " + min + " here");
        return v;
    }

    int integer(String key, int absent) {
        In v = opt(key);
        return v == null ? absent : v.integer();
    }

    double decimal() {
        if (!node.isNumber()) throw error("expected a number but found " + describe(node));
        double d = node.decimalValue().doubleValue();
        if (Double.isInfinite(d)) throw error("the number " + Excerpt.of(node.asText()) + " is too large");
        return d;
    }

    double decimal(String key, double absent) {
        In v = opt(key);
        return v == null ? absent : v.decimal();
    }

    /** A number that must lie in [min, max]. */
    double decimal(String key, double absent, double min, double max) {
        In v = opt(key);
        if (v == null) return absent;
        double d = v.decimal();
        if (d > max) throw v.error(Excerpt.of(v.node.asText()) + " is too large: at most " + plain(max) + " here");
        if (d < min) throw v.error(Excerpt.of(v.node.asText()) + " is too small: at least " + plain(min) + " here");
        return d;
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    boolean bool() {
        if (!node.isBoolean()) throw error("expected true or false but found " + describe(node));
        return node.booleanValue();
    }

    boolean bool(String key, boolean absent) {
        In v = opt(key);
        return v == null ? absent : v.bool();
    }

    /**
     * A length in points (number) or with a unit ("390mm"), as millipoints,
     * at most {@link Limits#MAX_LENGTH} either way.
     */
    int length() {
        return length(-Limits.MAX_LENGTH, Limits.MAX_LENGTH);
    }

    private int length(int min, int max) {
        int mpt;
        try {
            if (node.isNumber()) mpt = Lengths.fromPoints(node.decimalValue());
            else if (node.isTextual()) mpt = Lengths.parse(node.textValue());
            else throw error("expected a length in points (a number such as 13.5) but found " + describe(node));
        } catch (ArithmeticException e) {
            throw error("the length " + Excerpt.of(node.asText()) + " is too large (at most " + points(max) + ")");
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
        String value = node.isTextual() ? "\"" + Excerpt.of(node.textValue()) + "\"" : Lengths.toPoints(mpt).toPlainString() + " pt";
        if (mpt > max) throw error("the length " + value + " is too large: at most " + points(max) + " here");
        if (mpt < min && min == 1) throw error("the length " + value + " must be more than 0");
        if (mpt < min) throw error("the length " + value + " is too small: at least " + points(min) + " here");
        return mpt;
    }

    /** A length as the file writes it, with millimetres beside it: "141.732 pt (50 mm)". */
    private static String points(int mpt) {
        long mm = Math.round(Units.toMm(mpt));
        return Lengths.toPoints(mpt).toPlainString() + " pt (" + mm + " mm)";
    }

    int length(String key) { return get(key).length(); }

    int length(String key, int absent) {
        In v = opt(key);
        return v == null ? absent : v.length();
    }

    /** A length that must lie in [min, max] millipoints; the message gives the range in points and mm. */
    int length(String key, int min, int max) { return get(key).length(min, max); }

    int length(String key, int absent, int min, int max) {
        In v = opt(key);
        return v == null ? absent : v.length(min, max);
    }

    /** An enum written in lower case with hyphens: "chinese-numeral". */
    <E extends Enum<E>> E enumValue(Class<E> type) {
        String text = string();
        for (E e : type.getEnumConstants()) {
            if (Names.of(e).equals(text)) return e;
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) allowed.add("\"" + Names.of(e) + "\"");
        throw error("\"" + Excerpt.of(text) + "\" is not one of " + String.join(", ", allowed));
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E absent) {
        In v = opt(key);
        return v == null ? absent : v.enumValue(type);
    }

    /** Runs a model constructor; its IllegalArgumentException becomes an error at this path. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage() == null ? "invalid value" : e.getMessage());
        }
    }

    static String describe(JsonNode n) {
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list";
        if (n.isTextual()) return "the text \"" + abbreviate(n.textValue()) + "\"";
        if (n.isNumber()) return "the number " + n.asText();
        if (n.isBoolean()) return n.asText();
        if (n.isNull()) return "null";
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return Excerpt.of(s);
    }

}
