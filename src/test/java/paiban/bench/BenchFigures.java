package paiban.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A benchmark's printed report and the figures in it, for tests that check what the figures say. */
public record BenchFigures(String text) {
    /** Runs {@code b} quickly and keeps what it printed. */
    public static BenchFigures of(Benchmark b) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        b.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        return new BenchFigures(bytes.toString(StandardCharsets.UTF_8));
    }

    /** The number printed right after {@code label} (thousands separators allowed), searching from {@code from}. */
    public double after(String from, String label) {
        int start = text.indexOf(from);
        if (start < 0) throw new AssertionError("no \"" + from + "\" in " + text);
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)").matcher(text);
        if (!m.find(start)) throw new AssertionError("no figure after \"" + label + "\" in " + text);
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    public double after(String label) {
        return after("", label);
    }

    /** The number printed right before {@code label}. */
    public double before(String label) {
        Matcher m = Pattern.compile("([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*" + Pattern.quote(label)).matcher(text);
        if (!m.find()) throw new AssertionError("no figure before \"" + label + "\" in " + text);
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    @Override public String toString() { return text; }
}
