package paiban.preflight;

import java.util.List;

import paiban.compose.line.LetterSpacing;
import paiban.layout.StoryFit;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;

/**
 * Lines the composer had to letter-space past its limit (字距过松) after
 * trying to push in: the story's copyfit counts them; the desk fixes them by
 * editing a word or two. A warning on the story's first frame.
 */
final class LooseLineCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        for (StoryFit fit : ctx.layout.stories().values()) {
            if (fit.looseLines() <= 0) continue;
            String pageId = "", frameId = "";
            Story story = ctx.edition.story(fit.storyId()).orElse(null);
            if (story != null && !story.chain().isEmpty()) {
                FrameRef first = story.chain().get(0);
                pageId = first.pageId();
                frameId = first.frameId();
            }
            out.add(ctx.finding(Severity.WARNING, "loose-lines", "loose-lines", pageId, frameId, fit.storyId(),
                    fit.looseLines(), LetterSpacing.LIMIT_EM));
        }
    }
}
