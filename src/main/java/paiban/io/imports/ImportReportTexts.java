package paiban.io.imports;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An import report in one language, from {@code paiban/io/imports/report_zh_CN}
 * and {@code report_en}, as preflight words its findings: the report holds
 * codes and arguments, this class the texts. The editor shows it in its
 * interface language; the {@code import} command prints English.
 * Any zh locale reads Chinese, everything else English.
 */
public final class ImportReportTexts {
    private static final System.Logger LOG = paiban.log.Log.of(ImportReportTexts.class);
    static final String BUNDLE = "paiban.io.imports.report";
    private static final ImportReportTexts CHINESE = new ImportReportTexts(load(Locale.SIMPLIFIED_CHINESE));
    private static final ImportReportTexts ENGLISH = new ImportReportTexts(load(Locale.ENGLISH));

    private final ResourceBundle bundle;

    private ImportReportTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ImportReportTexts of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The report, one item a line: source, encoding, each rule that changed something, what was skipped, warnings. */
    public List<String> lines(ImportReport r) {
        List<String> out = new ArrayList<>();
        out.add(format("line.source", r.source(), text("format." + r.format())));
        if (r.encoding() != null) out.add(format("line.encoding", r.encoding(), encodingReason(r.encodingReason())));
        for (Cleanup c : Cleanup.values()) {
            int n = r.count(c);
            if (n > 0) {
                out.add(format("line.cleanup", String.format(Locale.ROOT, "%-16s", c.cliName()),
                        String.format(Locale.ROOT, "%4d", n), format("cleanup." + c.cliName(), n)));
            }
        }
        for (ReportNote n : r.notes()) out.add(format("line.note", note(n)));
        for (ReportNote s : r.skipped()) out.add(format("line.skipped", note(s)));
        for (ReportNote w : r.warnings()) out.add(format("line.warning", note(w)));
        return out;
    }

    /** Why an encoding was assumed, from its code ({@code bom}, {@code utf8}, {@code gb18030} …). */
    public String encodingReason(String code) {
        return text("encoding." + code);
    }

    /** Why a file cannot be imported, in this language (an un-keyed problem stays as it was written). */
    public String message(ImportException e) {
        if (e.key() == null) return e.getMessage();
        return format("line.error", e.file(), note(new ReportNote(e.key(), e.args())));
    }

    public String note(ReportNote n) {
        return format(n.key(), n.args().toArray());
    }

    /** A missing key shows as itself rather than failing a whole import. */
    String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.log(System.Logger.Level.WARNING, "no import report text for " + key, e);
            return key;
        }
    }

    /** Counts print plain (1217, not 1,217). */
    private String format(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? n.toString()
                    : args[i] instanceof ReportNote inner ? note(inner) : String.valueOf(args[i]);
        }
        return new MessageFormat(text(key), bundle.getLocale()).format(plain);
    }
}
