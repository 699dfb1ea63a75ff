package paiban.io.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: the source format and the encoding assumed for text,
 * how many places each clean-up changed, what was skipped, and warnings.
 *
 * @param encoding        the charset a text file was read in (null for .docx)
 * @param encodingReason  why that charset was assumed ("byte order mark", "valid UTF-8", …)
 */
public record ImportReport(String source, String format, String encoding, String encodingReason,
                           Map<Cleanup, Integer> counts, List<String> skipped, List<String> warnings) {
    public ImportReport {
        EnumMap<Cleanup, Integer> all = new EnumMap<>(Cleanup.class);
        for (Cleanup c : Cleanup.values()) all.put(c, counts.getOrDefault(c, 0));
        counts = java.util.Collections.unmodifiableMap(all);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** Places the rule changed (0 when it was off or found nothing). */
    public int count(Cleanup rule) {
        return counts.get(rule);
    }

    /** The report as the command line prints it, one item a line. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("source: " + source + " (" + format + ")");
        if (encoding != null) out.add("encoding: " + encoding + " (" + encodingReason + ")");
        for (Cleanup c : Cleanup.values()) {
            if (counts.get(c) > 0) out.add(String.format("%-16s %4d  %s", c.cliName(), counts.get(c), c.description()));
        }
        for (String s : skipped) out.add("skipped: " + s);
        for (String w : warnings) out.add("warning: " + w);
        return out;
    }

    /** Collects counts and notes while an import runs. */
    static final class Builder {
        private final String source;
        private final String format;
        private String encoding;
        private String encodingReason;
        private final EnumMap<Cleanup, Integer> counts = new EnumMap<>(Cleanup.class);
        private final List<String> skipped = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Builder(String source, String format) {
            this.source = source;
            this.format = format;
        }

        void encoding(String charset, String reason) {
            this.encoding = charset;
            this.encodingReason = reason;
        }

        void add(Cleanup rule, int n) {
            if (n != 0) counts.merge(rule, n, Integer::sum);
        }

        void skipped(String what) { skipped.add(what); }

        void warn(String what) {
            if (!warnings.contains(what)) warnings.add(what);
        }

        ImportReport build() {
            return new ImportReport(source, format, encoding, encodingReason, counts, skipped, warnings);
        }
    }
}
