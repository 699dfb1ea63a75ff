package paiban.preflight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;

import paiban.cache.BoundedCache;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.unit.Units;
import paiban.render.placed.AdInspector;
import paiban.render.placed.AdReport;
import paiban.render.placed.PageBox;
import paiban.render.placed.PlacedPdf;

/**
 * Placed ad PDFs, checked as the plant's preflight will: the file is there
 * and readable and has the page asked for; its TrimBox matches the frame
 * within {@link #SIZE_TOLERANCE_MM}; its fonts are embedded; it has no RGB,
 * no spot colours, no transparency (PDF/X-1a) and no ink over the edition's
 * limit. Each finding names the ad by its advertiser and frame. A file is
 * read once until it changes on disk.
 */
final class AdCheck implements Check {
    static final double SIZE_TOLERANCE_MM = 1.0;

    private record Stamp(FileTime modified, long size, int page) {}

    private record Cached(Stamp stamp, AdReport report, IOException failure) {}

    private static final BoundedCache<Path, Cached> CACHE = new BoundedCache<>(256);

    @Override public void run(PreflightContext ctx, List<Finding> out) {
        for (Page page : ctx.edition.pages()) {
            for (Frame f : page.frames()) {
                if (f instanceof AdFrame ad && !ad.placedFile().isBlank() && ad.placesPdf()) check(ctx, out, page, ad);
            }
        }
    }

    private void check(PreflightContext ctx, List<Finding> out, Page page, AdFrame ad) {
        Wording name = ad.advertiser().isBlank() ? Wording.of("ad.unnamed", ad.id())
                : Wording.of("ad.named", ad.advertiser(), ad.id());
        Path file = resolve(ctx, ad.placedFile());
        if (!Files.isRegularFile(file)) {
            out.add(ctx.finding(Severity.ERROR, "missing-ad", "missing-ad", page.id(), ad.id(), "", name,
                    ad.placedFile(), file));
            return;
        }
        AdReport r;
        try {
            r = report(file, ad.placedPage());
        } catch (PlacedPdf.Unusable u) {
            if (u.reason() == PlacedPdf.Unusable.Reason.NO_PAGE) {
                out.add(ctx.finding(Severity.ERROR, "ad-page", "ad-page", page.id(), ad.id(), "", name,
                        ad.placedFile(), u.pages(), ad.placedPage()));
            } else {
                out.add(ctx.finding(Severity.ERROR, "unreadable-ad", "unreadable-ad", page.id(), ad.id(), "", name,
                        ad.placedFile(), cause(u)));
            }
            return;
        } catch (IOException e) {
            out.add(ctx.finding(Severity.ERROR, "unreadable-ad", "unreadable-ad", page.id(), ad.id(), "", name,
                    ad.placedFile(), cause(e)));
            return;
        }
        if (r.pages() > 1 && ad.placedPage() == 1) {
            out.add(ctx.finding(Severity.WARNING, "ad-page", "ad-pages", page.id(), ad.id(), "", name,
                    ad.placedFile(), r.pages(), ad.placedPage()));
        }
        if (r.rotation() != 0) {
            out.add(ctx.finding(Severity.ERROR, "ad-rotated", "ad-rotated", page.id(), ad.id(), "", name,
                    ad.placedFile(), r.rotation()));
        }
        Rect b = ad.bounds();
        PageBox trim = r.trim();
        double fw = Units.toMm(b.width()), fh = Units.toMm(b.height());
        if (Math.abs(trim.widthMm() - fw) > SIZE_TOLERANCE_MM || Math.abs(trim.heightMm() - fh) > SIZE_TOLERANCE_MM) {
            out.add(ctx.finding(Severity.ERROR, "ad-size", "ad-size", page.id(), ad.id(), "", name,
                    mm(trim.widthMm()), mm(trim.heightMm()), mm(fw), mm(fh)));
        }
        if (!r.unembeddedFonts().isEmpty()) {
            out.add(ctx.finding(Severity.ERROR, "ad-font", "ad-font", page.id(), ad.id(), "", name,
                    String.join(", ", r.unembeddedFonts())));
        }
        if (!r.rgb().isEmpty()) {
            out.add(ctx.finding(Severity.ERROR, "ad-rgb", "ad-rgb", page.id(), ad.id(), "", name,
                    String.join(", ", r.rgb())));
        }
        if (!r.spots().isEmpty()) {
            out.add(ctx.finding(Severity.WARNING, "ad-spot", "ad-spot", page.id(), ad.id(), "", name,
                    String.join(", ", r.spots())));
        }
        int limit = ctx.edition.settings().inkLimit();
        if (r.maxInk() > limit) {
            out.add(ctx.finding(Severity.WARNING, "ink-limit", "ad-ink-limit", page.id(), ad.id(), "", name,
                    r.maxInk(), limit));
        }
        if (!r.transparency().isEmpty()) {
            out.add(ctx.finding(Severity.ERROR, "ad-transparency", "ad-transparency", page.id(), ad.id(), "", name,
                    String.join(", ", r.transparency())));
        }
    }

    private static AdReport report(Path file, int page) throws IOException {
        Stamp stamp = new Stamp(Files.getLastModifiedTime(file), Files.size(file), page);
        Cached c = CACHE.get(file);
        if (c == null || !c.stamp().equals(stamp)) {
            try {
                c = new Cached(stamp, AdInspector.inspect(file, page), null);
            } catch (IOException e) {
                c = new Cached(stamp, null, e);
            }
            CACHE.put(file, c);
        }
        if (c.failure() != null) throw c.failure();
        return c.report();
    }

    private static String cause(IOException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static String mm(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static Path resolve(PreflightContext ctx, String path) {
        return paiban.model.FilePaths.resolve(ctx.baseDir, path);
    }
}
