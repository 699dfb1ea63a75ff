package paiban.io.imports;

import java.util.List;

/**
 * One thing an import skipped or warns about, as a text key and its
 * arguments; {@link ImportReportTexts} words it in the reader's language.
 */
public record ReportNote(String key, List<Object> args) {
    public ReportNote {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("note without a key");
        args = List.copyOf(args);
    }

    static ReportNote of(String key, Object... args) {
        return new ReportNote(key, List.of(args));
    }
}
