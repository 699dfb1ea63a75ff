package paiban.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import paiban.layout.EditionLayout;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.preflight.ExportGate;
import paiban.preflight.Preflight;
import paiban.render.pdf.PdfSettings;

/**
 * The print export, one for {@code paiban export} and the editor's export dialog: which pages of the composed
 * edition go out, under which date and PDF settings, the preflight gate before writing and what is said after it.
 * Each front end only gathers the options, words the outcome in its own way and runs the {@link ExportJob}.
 */
public final class PrintExport {
    /** The folder beside the edition file that the dialog offers first. */
    public static final String DEFAULT_FOLDER = "pdf";
    /** The writer's warnings the dialog shows in its status; the rest are summed up by an ellipsis. */
    public static final int WARNINGS_SHOWN = 3;

    private final Preflight preflight;

    public PrintExport(Preflight preflight) {
        this.preflight = preflight;
    }

    /** {@code pdf} beside the edition file; null for an edition never saved. */
    public static Path suggestedFolder(Path editionFile) {
        if (editionFile == null) return null;
        Path dir = editionFile.toAbsolutePath().getParent();
        return dir == null ? null : dir.resolve(DEFAULT_FOLDER);
    }

    /** Preflight over the edition as it is about to be written. @param baseDir folder of the edition file, or null */
    public ExportGate check(Edition edition, EditionLayout layout, Path baseDir) {
        return ExportGate.check(preflight, edition, layout, baseDir);
    }

    /** The laid-out pages chosen, in the edition's order. */
    public static List<PageLayout> selectedPages(EditionLayout layout, ExportOptions options) {
        List<PageLayout> selected = new ArrayList<>();
        for (PageLayout p : layout.pages()) {
            if (options.allPagesChosen() || options.pages().contains(p.number())) selected.add(p);
        }
        return selected;
    }

    /** The date the files are named by: the edition's, or today for an undated one. */
    public static LocalDate date(Edition edition) {
        return edition.date() != null ? edition.date() : LocalDate.now();
    }

    /** The export as asked, ready to run: the edition's print settings (bleed, ink limit) and the options. */
    public static ExportJob job(Edition edition, EditionLayout layout, ExportOptions options) {
        PdfSettings settings = PdfSettings.of(edition.settings()).withCropMarks(options.cropMarks());
        return new ExportJob(edition.name(), date(edition), selectedPages(layout, options), options.folder(),
                options.single(), settings);
    }

    /**
     * What the PDF writer met on the way that is still to be said: its warnings less those about an image
     * preflight already named (each such image is said once, by the finding with its page and frame).
     */
    public static List<String> unsaid(ExportGate gate, ExportJob.Outcome outcome) {
        return gate.unreported(outcome.warnings());
    }
}
