package paiban.model.frame;

import paiban.model.Rect;

/** A headline stack (引题 / 主题 / 副题); its text is the story threaded into it. */
public record HeadlineFrame(String id, Rect bounds, TextWrap wrap, boolean locked, String group) implements Frame {
    public HeadlineFrame {
        group = Frame.nonNull(group);
    }

    public HeadlineFrame(String id, Rect bounds) {
        this(id, bounds, null, false, "");
    }

    @Override public HeadlineFrame withId(String newId) { return new HeadlineFrame(newId, bounds, wrap, locked, group); }

    @Override public HeadlineFrame withBounds(Rect b) { return new HeadlineFrame(id, b, wrap, locked, group); }

    @Override public HeadlineFrame withLocked(boolean l) { return new HeadlineFrame(id, bounds, wrap, l, group); }

    @Override public HeadlineFrame withGroup(String g) { return new HeadlineFrame(id, bounds, wrap, locked, g); }

    @Override public String kind() { return "headline"; }
}
