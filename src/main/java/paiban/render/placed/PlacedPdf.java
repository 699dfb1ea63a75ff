package paiban.render.placed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Opening a placed PDF and finding its page and boxes, with the problems said plainly. */
public final class PlacedPdf {
    private PlacedPdf() {}

    /** Why a placed PDF cannot be used. */
    public static final class Unusable extends IOException {
        /** What is wrong: the file is not there, is not a PDF PDFBox can read, or has no such page. */
        public enum Reason { MISSING, BROKEN, NO_PAGE }

        private final Reason reason;
        private final int pages;

        Unusable(Reason reason, String message, int pages, Throwable cause) {
            super(message, cause);
            this.reason = reason;
            this.pages = pages;
        }

        public Reason reason() { return reason; }

        /** The file's page count when the page asked for is not there; else 0. */
        public int pages() { return pages; }
    }

    /** The document at {@code file}; the caller closes it. */
    public static PDDocument load(Path file) throws Unusable {
        if (!Files.isRegularFile(file)) {
            throw new Unusable(Unusable.Reason.MISSING, file + ": no such file", 0, null);
        }
        try {
            PDDocument doc = Loader.loadPDF(file.toFile());
            if (doc.getNumberOfPages() == 0) {
                doc.close();
                throw new Unusable(Unusable.Reason.BROKEN, file + ": the PDF has no pages", 0, null);
            }
            return doc;
        } catch (Unusable u) {
            throw u;
        } catch (NoSuchFileException e) {
            throw new Unusable(Unusable.Reason.MISSING, file + ": no such file", 0, e);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new Unusable(Unusable.Reason.BROKEN, file + ": not a readable PDF (" + why + ")", 0, e);
        }
    }

    /** Page {@code number} (from 1) of {@code doc}. */
    public static PDPage page(PDDocument doc, Path file, int number) throws Unusable {
        int n = doc.getNumberOfPages();
        if (number < 1 || number > n) {
            throw new Unusable(Unusable.Reason.NO_PAGE, file + ": page " + number + " asked for, the PDF has " + n, n, null);
        }
        return doc.getPage(number - 1);
    }

    /** The page's TrimBox; PDFBox falls back to the CropBox, then the MediaBox, as the PDF standard says. */
    public static PageBox trimBox(PDPage page) {
        return box(page.getTrimBox());
    }

    public static PageBox cropBox(PDPage page) {
        return box(page.getCropBox());
    }

    private static PageBox box(PDRectangle r) {
        return new PageBox(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
    }
}
