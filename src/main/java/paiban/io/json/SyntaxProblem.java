package paiban.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * A parser's complaint in plain words with its line and column: no parser
 * class names, source dumps or "code 125".
 */
public record SyntaxProblem(int line, int column, String problem) {

    public static SyntaxProblem of(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        return new SyntaxProblem(line, column, plainWords(e));
    }

    /**
     * As {@link #of(JsonProcessingException)}, knowing the whole text: a literal cut
     * off at its end ({@code "bold": tr}) is a file that ends too soon, not a bad token.
     */
    public static SyntaxProblem of(JsonProcessingException e, String text) {
        SyntaxProblem p = of(e);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Unrecognized token '([a-z]+)'")
                .matcher(String.valueOf(e.getOriginalMessage()));
        if (m.find() && text.stripTrailing().endsWith(m.group(1))) {
            String token = m.group(1);
            for (String literal : new String[] {"true", "false", "null"}) {
                if (literal.startsWith(token) && !literal.equals(token))
                    return new SyntaxProblem(p.line(), p.column(), "the file ends in the middle of the JSON (it looks cut off)");
            }
        }
        return p;
    }

    private static String plainWords(JsonProcessingException e) {
        if (e instanceof JsonText.TrailingText) return "there is more text after the end of the JSON document";
        if (e instanceof JsonText.BadNumber) return "a number too large to read (lengths are at most a few thousand points)";
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Number value length") || original.startsWith("Number length")) {
            return "a number with too many digits (at most 1000)";
        }
        if (original.startsWith("String value length") || original.startsWith("String length")) {
            return "a text longer than " + JsonText.MAX_STRING + " characters: far more than a paragraph may hold ("
                    + paiban.model.Limits.MAX_PARAGRAPH_CHARS + ")";
        }
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("^Name length \\((\\d+)\\)").matcher(original);
        if (name.find()) return "a key of " + name.group(1) + " characters (keys are short names such as \"pitch\")";
        if (original.startsWith("Document nesting depth") || original.contains("nesting depth")) {
            return "lists or objects nested too deep (an edition nests a few levels)";
        }
        if (original.startsWith("Non-standard token")) {
            return "NaN and Infinity are not numbers in JSON; write a number such as 13.5";
        }
        if (original.contains("plus sign")) return "a number must not start with '+' in JSON; write 13.5, not +13.5";
        if (original.contains("comment")) return "comments (// or /* */) are not allowed in JSON";
        if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            return "the file ends in the middle of the JSON (it looks cut off)";
        }
        String m = clean(e.getOriginalMessage());
        if (m.startsWith("Duplicate field")) {
            return "a key appears twice in the same object: " + m.substring("Duplicate field".length()).trim();
        }
        return "this is not valid JSON here: " + m;
    }

    /** Drops the parser's internals from its message and lower-cases the start. */
    static String clean(String message) {
        if (message == null) return "unreadable";
        String m = message;
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl);
        m = m.replaceAll("\\(\\(CTRL-CHAR, code \\d+\\)\\)", "(a control character such as a tab)")
                .replaceAll("\\s*\\(code \\d+( / 0x\\p{XDigit}+)?\\)", "")
                .replaceAll("\\s*\\(start marker at [^)]*\\)\\)?", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll("\\s*\\(for (Object|Array) starting at[^)]*\\)?", "")
                .replaceAll(", from `[^`]*`", "")
                .replaceAll("\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)", "a value")
                .replace("expected a valid value a value", "expected a value")
                .replaceAll("\\bcom\\.fasterxml\\.[\\w.$]+", "")
                .replace("Unexpected end-of-input", "end of file")
                .replace("close marker for Object", "'}' to close an object")
                .replace("close marker for Array", "']' to close a list")
                .replaceAll(":?\\s*enable `?[\\w.]+`? to allow", "")
                .replaceAll("\\s*\\(not recognized as one since Feature[^)]*\\)", "")
                .replaceAll("\\s*\\([^)]*Feature[^)]*\\)", "")
                .trim();
        if (m.endsWith(":")) m = m.substring(0, m.length() - 1);
        return m;
    }
}
