package paiban.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Rect;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;

/**
 * The laid-out lines of one story in reading order, across its frames and
 * pages, without generated lines (jump lines, 转版标题): where a caret can
 * be. Text past the last line is overset and takes no caret.
 */
public final class StoryLines {
    /** A line and the page it is on. */
    public record Placed(String pageId, LineBox line) {
        public StoryOffset start() { return new StoryOffset(line.paragraph(), line.start()); }

        public StoryOffset end() { return new StoryOffset(line.paragraph(), line.end()); }
    }

    /** A caret place with the line it shows on (a line's end and the next line's start are the same offset). */
    public record Hit(StoryOffset offset, boolean lineEnd) {}

    private final String storyId;
    private final List<Placed> lines;
    private final EditionLayout layout;

    private StoryLines(String storyId, List<Placed> lines, EditionLayout layout) {
        this.storyId = storyId;
        this.lines = List.copyOf(lines);
        this.layout = layout;
    }

    public static StoryLines of(EditionLayout layout, Story story) {
        Set<String> pages = new HashSet<>();
        for (FrameRef r : story.chain()) pages.add(r.pageId());
        List<Placed> out = new ArrayList<>();
        for (PageLayout page : layout.pages()) {
            if (!pages.contains(page.pageId())) continue;
            for (LineBox l : page.lines()) {
                if (!l.generated() && l.storyId().equals(story.id())) out.add(new Placed(page.pageId(), l));
            }
        }
        out.sort(Comparator.comparingInt((Placed p) -> p.line().paragraph()).thenComparingInt(p -> p.line().start()));
        return new StoryLines(story.id(), out, layout);
    }

    public List<Placed> lines() { return lines; }

    public boolean isEmpty() { return lines.isEmpty(); }

    /** After the last laid-out character: no caret goes further. Start of the story when nothing is laid out. */
    public StoryOffset lastPlace() {
        return lines.isEmpty() ? StoryOffset.START : lines.get(lines.size() - 1).end();
    }

    /** True when the caret at {@code at} can be shown. */
    public boolean laidOut(StoryOffset at) {
        return !lines.isEmpty() && !at.before(lines.get(0).start()) && !lastPlace().before(at);
    }

    /** Index in {@link #lines()} of the line the caret at {@code at} shows on, -1 for overset text. */
    public int lineIndex(StoryOffset at, boolean lineEnd) {
        if (!laidOut(at)) return -1;
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            Placed p = lines.get(i);
            if (at.before(p.start())) break;
            found = i;
        }
        // at a line's start the previous line ends too: lineEnd keeps the caret there
        if (lineEnd && found > 0 && lines.get(found).start().equals(at) && lines.get(found - 1).end().equals(at)) found--;
        return found;
    }

    public Optional<Placed> line(StoryOffset at, boolean lineEnd) {
        int i = lineIndex(at, lineEnd);
        return i < 0 ? Optional.empty() : Optional.of(lines.get(i));
    }

    /** The caret place on line {@code i} nearest to page x. */
    public Hit onLine(int i, int x) {
        Placed p = lines.get(i);
        int index = LineCarets.indexAt(p.line(), x);
        StoryOffset at = new StoryOffset(p.line().paragraph(), index);
        boolean end = index == p.line().end() && i + 1 < lines.size() && lines.get(i + 1).start().equals(at);
        return new Hit(at, end);
    }

    /**
     * The caret place nearest a point on a page: on the story's nearest line
     * inside {@code within} (a frame), or the last laid-out place when the
     * frame holds none of the story's lines.
     */
    public Hit hit(String pageId, Rect within, int x, int y, int fallbackSize) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            Placed p = lines.get(i);
            LineBox l = p.line();
            if (!p.pageId().equals(pageId) || (within != null && !inside(within, l))) continue;
            long dx, dy;
            if (l.vertical()) {
                // a column: along is y, across is x
                int left = LineCarets.columnLeft(l, fallbackSize);
                dx = Math.max(0, Math.max(l.x() - y, y - (l.x() + l.width())));
                dy = Math.max(0, Math.max(left - x, x - (left + LineCarets.size(l, fallbackSize))));
            } else {
                dx = Math.max(0, Math.max(l.x() - x, x - (l.x() + l.width())));
                dy = Math.max(0, Math.max(LineCarets.top(l, fallbackSize) - y, y - LineCarets.bottom(l, fallbackSize)));
            }
            // a line's own band wins over a nearer column edge: weigh the vertical distance more
            long d = dx * dx + 4 * dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best < 0 ? new Hit(lastPlace(), false) : onLine(best, LineCarets.along(lines.get(best).line(), x, y));
    }

    /** The frame of the story a line lies in, from the layout's frame information. */
    public Optional<String> frameOf(Placed p) {
        PageLayout page = layout.page(p.pageId()).orElse(null);
        if (page == null) return Optional.empty();
        String any = null;
        for (FrameInfo f : page.frames()) {
            if (!f.storyId().equals(storyId)) continue;
            if (inside(f.bounds(), p.line())) return Optional.of(f.frameId());
            if (any == null) any = f.frameId();
        }
        return Optional.ofNullable(any);
    }

    /** Whether a line starts inside {@code r}: a horizontal line's baseline start, a vertical one's axis top. */
    private static boolean inside(Rect r, LineBox l) {
        return l.vertical() ? r.contains(l.baseline(), l.x()) : r.contains(l.x(), l.baseline() - 1);
    }
}
