package paiban.preflight;

import java.util.List;
import java.util.Optional;

import paiban.layout.FrameInfo;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;

/**
 * Where a story's text leaves one page for another, the layout must carry
 * a jump line naming the right page at both ends: （下转第三版） on the page
 * it leaves and （上接第一版） where it continues. A missing or wrong one is
 * an unresolved jump.
 */
final class JumpCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        for (Story s : ctx.edition.stories()) {
            List<FrameRef> chain = s.chain();
            for (int i = 1; i < chain.size(); i++) {
                FrameRef from = chain.get(i - 1), to = chain.get(i);
                if (from.pageId().equals(to.pageId())) continue;
                Optional<Page> fromPage = ctx.edition.page(from.pageId()), toPage = ctx.edition.page(to.pageId());
                if (fromPage.isEmpty() || toPage.isEmpty()) continue; // a broken thread, reported there
                if (!textContinuesOn(ctx, s, to.pageId())) continue;
                String toName = PageNames.fullName(ctx.edition, toPage.get());
                String fromName = PageNames.fullName(ctx.edition, fromPage.get());
                if (!hasJumpLine(ctx, from.pageId(), s.id(), "下转", toName)) {
                    out.add(ctx.finding(Severity.ERROR, "unresolved-jump", "unresolved-jump.leaves",
                            from.pageId(), from.frameId(), s.id(), toName));
                }
                if (!hasJumpLine(ctx, to.pageId(), s.id(), "上接", fromName)) {
                    out.add(ctx.finding(Severity.ERROR, "unresolved-jump", "unresolved-jump.continues",
                            to.pageId(), to.frameId(), s.id(), fromName));
                }
            }
        }
    }

    /** True when some of the story's text is set on the page (a chain may run on unused). */
    private static boolean textContinuesOn(PreflightContext ctx, Story s, String pageId) {
        Optional<PageLayout> p = ctx.layout.page(pageId);
        if (p.isEmpty()) return false;
        for (FrameInfo f : p.get().frames()) if (f.storyId().equals(s.id()) && f.charsSet() > 0) return true;
        for (LineBox l : p.get().lines()) if (l.storyId().equals(s.id()) && !l.generated()) return true;
        return false;
    }

    private static boolean hasJumpLine(PreflightContext ctx, String pageId, String storyId, String word, String pageName) {
        Optional<PageLayout> p = ctx.layout.page(pageId);
        if (p.isEmpty()) return false;
        for (LineBox l : p.get().lines()) {
            if (!l.generated()) continue;
            if (!l.storyId().isEmpty() && !l.storyId().equals(storyId)) continue;
            String t = l.text();
            if (t.contains(word) && t.contains(pageName)) return true;
        }
        return false;
    }
}
