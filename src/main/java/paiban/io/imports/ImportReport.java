package paiban.io.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import did: the source format and the encoding assumed for text,
 * how many places each clean-up changed, what was skipped, warnings, and notes on
 * what a rule changed that a reader should check (a jump line removed, paragraphs joined,
 * a headline part the recognition was unsure of).
 *
 * Codes and arguments only; {@link ImportReportTexts} words it per language.
 *
 * @param format          {@code text} or {@code docx}
 * @param encoding        the charset a text file was read in (null for .docx)
 * @param encodingReason  why that charset was assumed, as a code: {@code bom}, {@code utf8}, {@code ascii},
 *                        {@code utf16le}, {@code utf16be}, {@code gb18030}
 */
public record ImportReport(String source, String format, String encoding, String encodingReason,
                           Map<Cleanup, Integer> counts, List<ReportNote> skipped, List<ReportNote> warnings,
                           List<ReportNote> notes) {
    public ImportReport(String source, String format, String encoding, String encodingReason,
                        Map<Cleanup, Integer> counts, List<ReportNote> skipped, List<ReportNote> warnings) {
        this(source, format, encoding, encodingReason, counts, skipped, warnings, List.of());
    }

    public ImportReport {
        EnumMap<Cleanup, Integer> all = new EnumMap<>(Cleanup.class);
        for (Cleanup c : Cleanup.values()) all.put(c, counts.getOrDefault(c, 0));
        counts = java.util.Collections.unmodifiableMap(all);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** Places the rule changed (0 when it was off or found nothing). */
    public int count(Cleanup rule) {
        return counts.get(rule);
    }

    /** The report in English, as the command line prints it, one item a line. */
    public List<String> lines() {
        return ImportReportTexts.of(Locale.ENGLISH).lines(this);
    }

    /** Collects counts and notes while an import runs. */
    static final class Builder {
        private final String source;
        private final String format;
        private String encoding;
        private String encodingReason;
        private final EnumMap<Cleanup, Integer> counts = new EnumMap<>(Cleanup.class);
        private final List<ReportNote> skipped = new ArrayList<>();
        private final List<ReportNote> warnings = new ArrayList<>();
        private final List<ReportNote> notes = new ArrayList<>();
        /** Invisible characters removed, by code point. */
        final Map<Integer, Integer> invisible = new java.util.TreeMap<>();

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

        void skipped(String key, Object... args) { skipped.add(ReportNote.of(key, args)); }

        void warn(String key, Object... args) {
            ReportNote what = ReportNote.of(key, args);
            if (!warnings.contains(what)) warnings.add(what);
        }

        void note(String key, Object... args) { notes.add(ReportNote.of(key, args)); }

        boolean isDocx() { return format.equals("docx"); }

        /** Where a paragraph came from, for a note: line 12 of a text file, paragraph 12 of a Word document. */
        ReportNote where(Draft d) {
            return ReportNote.of(format.equals("docx") ? "place.paragraph" : "place.line", d.line);
        }

        ImportReport build() {
            List<ReportNote> all = new ArrayList<>(notes);
            if (!invisible.isEmpty()) all.add(ReportNote.of("note.invisible", InvisibleChars.summary(invisible)));
            return new ImportReport(source, format, encoding, encodingReason, counts, skipped, warnings, all);
        }
    }
}
