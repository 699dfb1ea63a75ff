package paiban.preflight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import paiban.layout.BoxMark;
import paiban.layout.FrameInfo;
import paiban.layout.GlyphRun;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.PlacedPdfMark;
import paiban.model.Rect;

/**
 * White text (反白, or a style coloured white) must sit on something printed:
 * a fill, a picture or a placed ad drawn before it. White text on bare paper
 * does not print at all. One warning per frame, naming it.
 */
final class WhiteTextCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        for (PageLayout page : ctx.layout.pages()) {
            List<Rect> under = new ArrayList<>();
            Set<String> said = new HashSet<>();
            for (Mark m : page.marks()) {
                if (m instanceof BoxMark b && b.fill() != null && b.fill().totalInk() > 0) under.add(b.rect());
                if (m instanceof paiban.layout.PathMark p && p.fill() != null && p.fill().totalInk() > 0) under.add(p.bounds());
                else if (m instanceof ImageMark i) under.add(i.clip());
                else if (m instanceof PlacedPdfMark p) under.add(p.frame());
                else if (m instanceof LineBox line) {
                    for (GlyphRun run : line.runs()) {
                        if (run.length() == 0 || run.color().totalInk() > 0) continue;
                        int x = line.x() + run.xs()[0] + run.advances()[0] / 2;
                        int y = line.baseline() - run.size() / 3;
                        if (under.stream().anyMatch(r -> r.contains(x, y))) continue;
                        FrameInfo frame = frameAt(page, x, y);
                        String frameId = frame == null ? "" : frame.frameId();
                        if (!said.add(frameId + "|" + line.storyId())) continue;
                        String kind = frame == null ? "frame.text" : "frame." + frame.kind().name().toLowerCase(java.util.Locale.ROOT);
                        out.add(ctx.finding(Severity.WARNING, "white-text", "white-text", page.pageId(), frameId,
                                line.storyId(), Wording.of(kind), frameId));
                    }
                }
            }
        }
    }

    private static FrameInfo frameAt(PageLayout page, int x, int y) {
        for (FrameInfo f : page.frames()) if (f.bounds().contains(x, y)) return f;
        return null;
    }
}
