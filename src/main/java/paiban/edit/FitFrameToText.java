package paiban.edit;

import java.util.List;
import java.util.function.Function;

import paiban.layout.EditionLayout;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.story.FrameRef;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.TextFrame;
import paiban.model.story.Story;

/**
 * 图框适合文字: the last frame of a story shrunk to the grid lines its text
 * needs, the top staying. Found by composing trial heights (fewest whole
 * lines with which no more of the story is overset than now), so columns,
 * keeps and wraps count as they will on the page.
 */
public final class FitFrameToText {
    /** Why a frame cannot be fitted, for the caller's message. */
    public enum Refusal { NOT_TEXT, NOT_LAST, ALREADY }

    /** The change, or why there is none. */
    public record Result(Change change, Refusal refusal) {}

    private FitFrameToText() {}

    /**
     * @param compose lays out an edition (the document's composer)
     */
    public static Result fit(Edition e, String pageId, String frameId, Function<Edition, EditionLayout> compose) {
        Page page = e.page(pageId).orElseThrow();
        Frame frame = page.frame(frameId).orElse(null);
        if (!(frame instanceof TextFrame tf)) return new Result(null, Refusal.NOT_TEXT);
        Story story = e.storyOfFrame(frameId).orElse(null);
        if (story == null || !story.chain().get(story.chain().size() - 1).equals(new FrameRef(pageId, frameId))) {
            return new Result(null, Refusal.NOT_LAST);
        }
        PageTemplate t = e.templateOf(page);
        int lines = Math.max(1, (int) Math.round(t.linesSpanned(tf.bounds().height())));
        int overset = overset(compose.apply(e), story.id());
        int lo = 1, hi = lines;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (overset(compose.apply(withLines(e, page, tf, t, mid)), story.id()) <= overset) hi = mid;
            else lo = mid + 1;
        }
        Rect b = tf.bounds();
        Rect to = new Rect(b.x(), b.y(), b.width(), t.spanHeight(lo));
        if (to.height() >= b.height()) return new Result(null, Refusal.ALREADY);
        return new Result(new ChangeSequence("change.fitFrame", List.of(new MoveFrame(pageId, frameId, to))), null);
    }

    private static Edition withLines(Edition e, Page page, TextFrame tf, PageTemplate t, int lines) {
        Rect b = tf.bounds();
        return e.withPage(page.withFrame(tf.withBounds(new Rect(b.x(), b.y(), b.width(), t.spanHeight(lines)))));
    }

    private static int overset(EditionLayout layout, String storyId) {
        StoryFit fit = layout.stories().get(storyId);
        return fit == null ? 0 : fit.overset();
    }
}
