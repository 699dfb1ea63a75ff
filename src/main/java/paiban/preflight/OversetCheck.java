package paiban.preflight;

import java.util.List;

import paiban.layout.FrameInfo;
import paiban.layout.PageLayout;
import paiban.layout.StoryFit;

/** Text that fits no frame: kept in the story, but it would not be printed. */
final class OversetCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        for (StoryFit fit : ctx.layout.stories().values()) {
            if (fit.overset() <= 0) continue;
            String pageId = "", frameId = "";
            for (PageLayout p : ctx.layout.pages()) {
                for (FrameInfo f : p.frames()) {
                    if (f.storyId().equals(fit.storyId()) && f.oversetChars() > 0) {
                        pageId = p.pageId();
                        frameId = f.frameId();
                    }
                }
            }
            out.add(ctx.finding(Severity.ERROR, "overset", "overset", pageId, frameId, fit.storyId(), fit.overset()));
        }
    }
}
