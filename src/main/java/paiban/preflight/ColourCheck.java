package paiban.preflight;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import paiban.layout.BoxMark;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.RuleMark;
import paiban.model.style.Cmyk;

/**
 * Colours as printed: black-looking text must be 100 K alone (it registers
 * and overprints), and no colour may exceed the edition's total ink limit.
 */
final class ColourCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        int limit = ctx.edition.settings().inkLimit();
        Set<String> seen = new HashSet<>();
        for (PageLayout page : ctx.layout.pages()) {
            for (Mark m : page.marks()) {
                if (m instanceof LineBox line) {
                    for (GlyphRun run : line.runs()) {
                        Cmyk c = run.color();
                        if (nearBlack(c) && seen.add(page.pageId() + "|k|" + line.storyId() + "|" + c)) {
                            out.add(ctx.finding(Severity.WARNING, "text-not-pure-black", "text-not-pure-black",
                                    page.pageId(), "", line.storyId(), show(c)));
                        }
                        ink(ctx, out, seen, page, line.storyId(), "text", c, limit);
                    }
                } else if (m instanceof RuleMark r) {
                    ink(ctx, out, seen, page, "", "rule", r.color(), limit);
                } else if (m instanceof BoxMark b) {
                    if (b.fill() != null) ink(ctx, out, seen, page, "", "fill", b.fill(), limit);
                    if (b.stroke() != null) ink(ctx, out, seen, page, "", "outline", b.stroke(), limit);
                } else if (m instanceof paiban.layout.PathMark p) {
                    if (p.fill() != null) ink(ctx, out, seen, page, "", "fill", p.fill(), limit);
                    if (p.stroke() != null) ink(ctx, out, seen, page, "", "outline", p.stroke(), limit);
                }
            }
        }
    }

    private static void ink(PreflightContext ctx, List<Finding> out, Set<String> seen, PageLayout page, String storyId,
                            String what, Cmyk c, int limit) {
        if (c.totalInk() <= limit || !seen.add(page.pageId() + "|ink|" + storyId + "|" + c)) return;
        out.add(ctx.finding(Severity.ERROR, "ink-limit", "ink-limit", page.pageId(), "", storyId,
                Wording.of("ink." + what), show(c), c.totalInk(), limit));
    }

    /** Reads as black on newsprint: heavy black, or all three colours heavy (rich or registration black). */
    static boolean nearBlack(Cmyk c) {
        if (c.isPureBlack()) return false;
        return c.k() >= 70 || (c.c() >= 60 && c.m() >= 60 && c.y() >= 60);
    }

    static String show(Cmyk c) {
        return "C" + c.c() + " M" + c.m() + " Y" + c.y() + " K" + c.k();
    }
}
