package paiban.model.frame;

import paiban.model.Rect;

/** A headline stack (引题 / 主题 / 副题); its text is the story threaded into it. */
public record HeadlineFrame(String id, Rect bounds, TextWrap wrap, boolean locked, String group, FrameLook look)
        implements Frame {
    public HeadlineFrame {
        group = Frame.nonNull(group);
        if (look == null) look = FrameLook.NONE;
    }

    public HeadlineFrame(String id, Rect bounds, TextWrap wrap, boolean locked, String group) {
        this(id, bounds, wrap, locked, group, FrameLook.NONE);
    }

    public HeadlineFrame(String id, Rect bounds) {
        this(id, bounds, null, false, "");
    }

    @Override public HeadlineFrame withId(String newId) { return new HeadlineFrame(newId, bounds, wrap, locked, group, look); }

    @Override public HeadlineFrame withBounds(Rect b) { return new HeadlineFrame(id, b, wrap, locked, group, look); }

    @Override public HeadlineFrame withLocked(boolean l) { return new HeadlineFrame(id, bounds, wrap, l, group, look); }

    @Override public HeadlineFrame withGroup(String g) { return new HeadlineFrame(id, bounds, wrap, locked, g, look); }

    public HeadlineFrame withLook(FrameLook l) { return new HeadlineFrame(id, bounds, wrap, locked, group, l); }

    /** Where the headline lines go: the bounds less the border. */
    public Rect textArea() { return look.contentArea(bounds, 0); }

    @Override public String kind() { return "headline"; }
}
