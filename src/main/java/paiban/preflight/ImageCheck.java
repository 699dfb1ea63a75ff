package paiban.preflight;

import java.awt.color.ColorSpace;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import paiban.layout.ImageMark;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.model.Limits;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.compose.flow.ImagePlacement;
import paiban.model.frame.ImageFrame;
import paiban.render.image.CmykJpeg;
import paiban.render.image.ImageFileCheck;
import paiban.render.image.JpegHeader;

/**
 * Placed images: present and readable, at least {@link #MIN_PPI} at the
 * size they print, and not RGB (the exporter converts, but the desk should
 * know the colours will shift), and within the edition's total ink as they
 * will print: a CMYK photo's ink as it is, an RGB one's after the exporter's
 * conversion (both sampled, see {@link ImageInk}). Reads the file headers
 * otherwise.
 */
final class ImageCheck implements Check {
    static final int MIN_PPI = 150;

    @Override public void run(PreflightContext ctx, List<Finding> out) {
        for (Page page : ctx.edition.pages()) {
            PageLayout pl = ctx.layout.page(page.id()).orElse(null);
            for (Frame f : page.frames()) {
                if (f instanceof ImageFrame img) check(ctx, out, page, pl, img);
            }
        }
    }

    private void check(PreflightContext ctx, List<Finding> out, Page page, PageLayout pl, ImageFrame img) {
        ImageMark mark = mark(pl, img.id());
        if (img.path().isBlank()) {
            out.add(ctx.finding(Severity.WARNING, "missing-image", "missing-image.empty", page.id(), img.id(), "", img.id()));
            return;
        }
        Path file = resolve(ctx, img, mark);
        ImageFileCheck.Result verdict = ImageFileCheck.check(file);
        if (!verdict.ok()) {
            out.add(problem(ctx, page, img, file, verdict));
            return;
        }
        Header h;
        try {
            h = Header.read(file);
        } catch (IOException e) {
            out.add(ctx.finding(Severity.ERROR, "unreadable-image", "unreadable-image", page.id(), img.id(), "",
                    img.path(), e.getMessage() == null ? e.toString() : e.getMessage()));
            return;
        }
        Rect placed = mark != null ? mark.placement() : placement(img, h);
        if (placed.width() > 0 && placed.height() > 0) {
            double ppi = ImagePlacement.ppi(h.width, h.height, placed, img.rotation());
            if (ppi < MIN_PPI) {
                out.add(ctx.finding(Severity.WARNING, "low-resolution", "low-resolution", page.id(), img.id(), "",
                        img.path(), (long) Math.floor(ppi), MIN_PPI, h.width, h.height,
                        Math.round(placed.width() / 72000.0 * 25.4), Math.round(placed.height() / 72000.0 * 25.4)));
            }
        }
        if (h.rgb) {
            out.add(ctx.finding(Severity.WARNING, "rgb-image", "rgb-image", page.id(), img.id(), "", img.path()));
        }
        if (h.cmyk != null || h.rgb) inkLimit(ctx, out, page, img, file, h.cmyk);
    }

    /** A file that cannot be printed: an error on its frame, in the desk's language. */
    private static Finding problem(PreflightContext ctx, Page page, ImageFrame img, Path file, ImageFileCheck.Result r) {
        String detail = r.detail().isEmpty() ? "" : " (" + r.detail() + ")";
        String pg = page.id(), id = img.id(), path = img.path();
        return switch (r.problem()) {
            case NOT_FOUND -> ctx.finding(Severity.ERROR, "missing-image", "missing-image", pg, id, "", path, file);
            case FOLDER -> ctx.finding(Severity.ERROR, "unreadable-image", "unreadable-image.FOLDER", pg, id, "", path, file);
            case NOT_REGULAR -> ctx.finding(Severity.ERROR, "unreadable-image", "unreadable-image.NOT_REGULAR", pg, id, "",
                    path, file);
            case NOT_IMAGE -> ctx.finding(Severity.ERROR, "unreadable-image", "unreadable-image.NOT_IMAGE", pg, id, "",
                    path, detail);
            case TOO_LARGE -> r.width() > 0
                    ? ctx.finding(Severity.ERROR, "unreadable-image", "unreadable-image.TOO_LARGE", pg, id, "", path,
                            r.width(), r.height(), Limits.MAX_IMAGE_SIDE, Limits.MAX_IMAGE_PIXELS / 1_000_000)
                    : ctx.finding(Severity.ERROR, "unreadable-image", "unreadable-image.TOO_LARGE_FILE", pg, id, "", path,
                            detail);
            case TRUNCATED -> ctx.finding(Severity.ERROR, "unreadable-image", "unreadable-image.TRUNCATED", pg, id, "",
                    path, detail);
            case DAMAGED -> ctx.finding(Severity.ERROR, "unreadable-image", "unreadable-image.DAMAGED", pg, id, "",
                    path, detail);
            case TOO_SLOW -> ctx.finding(Severity.ERROR, "unreadable-image", "unreadable-image.TOO_SLOW", pg, id, "",
                    path, detail);
        };
    }

    /** The ink as printed: a CMYK photo's own, an RGB one's after conversion through the newsprint profile. */
    private static void inkLimit(PreflightContext ctx, List<Finding> out, Page page, ImageFrame img, Path file,
                                 JpegHeader cmyk) {
        int limit = ctx.edition.settings().inkLimit();
        int ink;
        try {
            ink = cmyk != null ? ImageInk.max(file, cmyk) : ImageInk.maxConverted(file, limit);
        } catch (IOException e) {
            out.add(ctx.finding(Severity.ERROR, "unreadable-image", "unreadable-image", page.id(), img.id(), "",
                    img.path(), e.getMessage() == null ? e.toString() : e.getMessage()));
            return;
        }
        if (ink > limit) {
            out.add(ctx.finding(Severity.WARNING, "ink-limit", "image-ink-limit", page.id(), img.id(), "",
                    img.path(), ink, limit));
        }
    }

    private static ImageMark mark(PageLayout pl, String frameId) {
        if (pl == null) return null;
        for (Mark m : pl.marks()) if (m instanceof ImageMark im && im.frameId().equals(frameId)) return im;
        return null;
    }

    private static Path resolve(PreflightContext ctx, ImageFrame img, ImageMark mark) {
        if (ctx.baseDir == null && mark != null && mark.file() != null) return mark.file();
        return paiban.model.FilePaths.resolve(ctx.baseDir, img.path());
    }

    /** Where the image prints when the layout does not say: by the frame's fit. */
    static Rect placement(ImageFrame f, Header h) {
        return ImagePlacement.place(f.bounds(), h.width, h.height, f.fit(), f.scale(), f.offsetX(), f.offsetY(), f.rotation());
    }

    /**
     * Pixel size and colour kind from an image file's header.
     *
     * @param cmyk the JPEG header when the file is a CMYK or YCCK JPEG, else null
     */
    record Header(int width, int height, boolean rgb, JpegHeader cmyk) {
        static Header read(Path file) throws IOException {
            Optional<JpegHeader> cmyk = CmykJpeg.probe(file);
            if (cmyk.isPresent()) return new Header(cmyk.get().width(), cmyk.get().height(), false, cmyk.get());
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                if (in == null) throw new IOException("cannot open");
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) throw new IOException("not a JPEG or PNG image");
                ImageReader r = readers.next();
                try {
                    r.setInput(in, true, true);
                    int w = r.getWidth(0), h = r.getHeight(0);
                    ImageTypeSpecifier type = r.getRawImageType(0);
                    if (type == null) {
                        Iterator<ImageTypeSpecifier> types = r.getImageTypes(0);
                        type = types.hasNext() ? types.next() : null;
                    }
                    return new Header(w, h, type != null && isRgb(type.getColorModel()), null);
                } catch (RuntimeException e) {
                    throw new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
                } finally {
                    r.dispose();
                }
            }
        }

        private static boolean isRgb(ColorModel cm) {
            if (cm instanceof IndexColorModel icm) {
                for (int i = 0; i < icm.getMapSize(); i++) {
                    if (icm.getRed(i) != icm.getGreen(i) || icm.getGreen(i) != icm.getBlue(i)) return true;
                }
                return false;
            }
            return cm.getColorSpace().getType() == ColorSpace.TYPE_RGB;
        }
    }
}
