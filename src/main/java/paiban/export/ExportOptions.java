package paiban.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user asked of a print export, the same for {@code paiban export} and the editor's dialog.
 *
 * @param pages     page numbers to write, ascending ({@link paiban.model.PageList}); empty for every page
 * @param single    one file for the edition ({@code 20260425.pdf}) rather than one per page ({@code 20260425-03.pdf})
 * @param cropMarks crop marks outside the bleed (off for ad PDFs)
 * @param folder    where the files go, created if missing
 */
public record ExportOptions(List<Integer> pages, boolean single, boolean cropMarks, Path folder) {
    public ExportOptions {
        pages = pages == null ? List.of() : List.copyOf(pages);
        if (folder == null) throw new IllegalArgumentException("no output folder");
    }

    /** Every page, a file per page, no crop marks. */
    public static ExportOptions allPages(Path folder) {
        return new ExportOptions(List.of(), false, false, folder);
    }

    public ExportOptions withPages(List<Integer> numbers) { return new ExportOptions(numbers, single, cropMarks, folder); }

    public ExportOptions withSingle(boolean on) { return new ExportOptions(pages, on, cropMarks, folder); }

    public ExportOptions withCropMarks(boolean on) { return new ExportOptions(pages, single, on, folder); }

    public boolean allPagesChosen() { return pages.isEmpty(); }
}
