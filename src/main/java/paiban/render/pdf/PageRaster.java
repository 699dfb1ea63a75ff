package paiban.render.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import paiban.layout.PageLayout;

/**
 * Pictures of pages for the screen, drawn by way of the print PDF: the
 * pages go through {@link PrintDocument} exactly as they are exported (same
 * embedded glyphs, same positions), without bleed or marks, and PDFBox
 * rasterises the trimmed page to RGB. Headless: no JavaFX. Photos are
 * converted for print once per {@code PageRaster} (make a new one when
 * image files change).
 */
public final class PageRaster {
    private final ImageCache images = new ImageCache();

    /** The result: page pictures in the order given, and the problems met while drawing (missing images). */
    public record Pictures(List<BufferedImage> images, List<String> warnings) {
        public Pictures {
            images = List.copyOf(images);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Draws {@code pages} {@code widthPx} pixels wide (height in proportion) in RGB.
     * Interrupting the thread cancels between pages.
     */
    public Pictures render(List<PageLayout> pages, int widthPx) throws IOException {
        if (widthPx < 16) throw new IllegalArgumentException("page pictures must be at least 16 pixels wide");
        ByteArrayOutputStream pdfBytes = new ByteArrayOutputStream(1 << 20);
        List<String> warnings;
        try (PrintDocument doc = new PrintDocument(PdfSettings.defaults().withBleed(0).withCropMarks(false), "", images)) {
            for (PageLayout p : pages) {
                cancelPoint();
                doc.add(p);
            }
            doc.save(pdfBytes);
            warnings = doc.warnings();
        }
        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdfBytes.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pages.size(); i++) {
                cancelPoint();
                float scale = widthPx / (pages.get(i).width() / 1000f);
                images.add(renderer.renderImage(i, scale, ImageType.RGB));
            }
        }
        return new Pictures(images, warnings);
    }

    private static void cancelPoint() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("cancelled");
    }
}
