package paiban.ui.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import paiban.edit.AddFrame;
import paiban.edit.AddStory;
import paiban.edit.Change;
import paiban.edit.ChangeSequence;
import paiban.edit.ReplaceFrame;
import paiban.edit.Stories;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.StyleRole;
import paiban.ui.Messages;
import paiban.ui.canvas.NewFrames;

/**
 * Places a photo: into the selected image frame, or a new frame three
 * columns wide in the highest free place of the type area (left first),
 * its height from the picture's proportions. An image without a caption gets one: a one-column-wide text
 * frame of two lines right below it, tied to it, with an empty 图片说明
 * story ready for typing.
 */
public final class PlaceImage {
    /** Style of the caption story. */
    /** Columns a new image frame spans. */
    static final int NEW_COLUMNS = 3;
    /** Grid lines of a new caption frame. */
    static final int CAPTION_LINES = 2;

    private PlaceImage() {}

    /** The highest, then leftmost, grid position where picture and caption overlap no frame; the top left if none. */
    static Rect freeSpot(Page page, PageTemplate t, int lines) {
        int span = Math.min(NEW_COLUMNS, t.columns());
        for (int line = 0; line + lines + CAPTION_LINES < t.lines(); line++) {
            for (int col = 0; col + span <= t.columns(); col++) {
                Rect r = t.gridRect(col, span, line, lines);
                Rect withCaption = new Rect(r.x(), r.y(), r.width(), r.height() + t.pitch() * CAPTION_LINES);
                boolean free = true;
                for (Frame f : page.frames()) if (f.bounds().intersects(withCaption)) { free = false; break; }
                if (free) return r;
            }
        }
        return t.gridRect(0, span, 0, lines);
    }

    /**
     * @param selected  the selected frame on {@code pageId}, or "" for none
     * @param path      the image file as the edition stores it (relative to the edition file when it can be)
     * @param pixelsWide the picture's size, for a new frame's proportions (0 when unknown)
     */
    public static Placement place(Edition e, String pageId, String selected, String path, int pixelsWide, int pixelsHigh) {
        Page page = e.page(pageId).orElseThrow(() -> new IllegalArgumentException(Messages.get("place.noFrame")));
        PageTemplate t = e.templateOf(page);
        List<Change> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<Frame> sel = selected == null || selected.isEmpty() ? Optional.empty() : page.frame(selected);
        ImageFrame image;
        Edition scratch = e;
        if (sel.isPresent() && sel.get() instanceof ImageFrame old) {
            image = old.withPath(path);
            notes.add(Messages.get("place.image.into", old.id()));
        } else {
            int width = t.spanWidth(NEW_COLUMNS);
            int height = pixelsWide > 0 && pixelsHigh > 0 ? (int) Math.round(width * (double) pixelsHigh / pixelsWide) : width * 2 / 3;
            int lines = Math.max(2, (int) Math.round(t.linesSpanned(height)));
            Rect r = freeSpot(page, t, Math.min(lines, Math.max(2, t.lines() - CAPTION_LINES - 1)));
            String id = NewFrames.freshId("image", e);
            image = new ImageFrame(id, r, path, "");
            steps.add(new AddFrame(pageId, image));
            scratch = scratch.withPage(page.withFrame(image));
            notes.add(Messages.get("place.image.new", id));
        }
        String captionId = image.captionFrameId();
        boolean hasCaption = !captionId.isEmpty() && page.frame(captionId).isPresent();
        if (!hasCaption) {
            captionId = NewFrames.freshId("caption", scratch);
            Rect b = image.bounds();
            int top = b.bottom() + (t.pitch() - t.bodySize());
            TextFrame caption = new TextFrame(captionId, new Rect(b.x(), top, b.width(), t.spanHeight(CAPTION_LINES)), 1, 0);
            image = image.withCaptionFrameId(captionId);
            steps.add(new AddFrame(pageId, caption));
            String storyId = Stories.freshId(e, image.id() + "-caption");
            steps.add(new AddStory(new Story(storyId, Messages.get("place.image.captionTitle"),
                    List.of(new Paragraph(e.styles().nameOf(StyleRole.CAPTION), "")), List.of(new FrameRef(pageId, captionId)))));
            notes.add(Messages.get("place.image.caption", captionId));
        }
        steps.add(new ReplaceFrame(pageId, image));
        return new Placement(new ChangeSequence("change.placeImage", steps), hasCaption ? image.id() : captionId, notes);
    }
}
