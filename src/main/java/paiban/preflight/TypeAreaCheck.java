package paiban.preflight;

import java.util.List;

import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;

/**
 * Frames belong in the type area (版心); the running header sits above it
 * by design. A frame entirely off the trimmed page is an error.
 */
final class TypeAreaCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        for (Page page : ctx.edition.pages()) {
            PageTemplate t = ctx.edition.templateOf(page);
            Rect area = t.typeArea(), trim = t.trim();
            for (Frame f : page.frames()) {
                if (f instanceof HeaderFrame) continue;
                Rect b = f.bounds();
                if (!b.intersects(trim)) {
                    out.add(ctx.finding(Severity.ERROR, "off-page", "off-page", page.id(), f.id(), storyOf(ctx, f),
                            Wording.of("frame." + f.kind()), f.id()));
                } else if (!area.contains(b)) {
                    out.add(ctx.finding(Severity.WARNING, "outside-type-area", "outside-type-area", page.id(), f.id(),
                            storyOf(ctx, f), Wording.of("frame." + f.kind()), f.id()));
                }
            }
        }
    }

    private static String storyOf(PreflightContext ctx, Frame f) {
        return ctx.edition.storyOfFrame(f.id()).map(s -> s.id()).orElse("");
    }
}
