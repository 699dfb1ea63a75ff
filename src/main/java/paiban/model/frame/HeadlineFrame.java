package paiban.model.frame;

import paiban.model.Rect;

/**
 * A headline stack (引题 / 主题 / 副题); its text is the story threaded into it. Set vertically
 * ({@link WritingMode#VERTICAL}) its lines become columns, ordered right to left.
 */
public record HeadlineFrame(String id, Rect bounds, TextWrap wrap, boolean locked, String group, FrameLook look,
                            WritingMode writingMode) implements Frame {
    public HeadlineFrame {
        group = Frame.nonNull(group);
        if (look == null) look = FrameLook.NONE;
        writingMode = WritingMode.orDefault(writingMode);
    }

    public HeadlineFrame(String id, Rect bounds, TextWrap wrap, boolean locked, String group, FrameLook look) {
        this(id, bounds, wrap, locked, group, look, WritingMode.HORIZONTAL);
    }

    public HeadlineFrame(String id, Rect bounds, TextWrap wrap, boolean locked, String group) {
        this(id, bounds, wrap, locked, group, FrameLook.NONE);
    }

    public HeadlineFrame(String id, Rect bounds) {
        this(id, bounds, null, false, "");
    }

    @Override public HeadlineFrame withId(String newId) { return new HeadlineFrame(newId, bounds, wrap, locked, group, look, writingMode); }

    @Override public HeadlineFrame withBounds(Rect b) { return new HeadlineFrame(id, b, wrap, locked, group, look, writingMode); }

    @Override public HeadlineFrame withLocked(boolean l) { return new HeadlineFrame(id, bounds, wrap, l, group, look, writingMode); }

    @Override public HeadlineFrame withGroup(String g) { return new HeadlineFrame(id, bounds, wrap, locked, g, look, writingMode); }

    public HeadlineFrame withLook(FrameLook l) { return new HeadlineFrame(id, bounds, wrap, locked, group, l, writingMode); }

    public HeadlineFrame withWritingMode(WritingMode m) { return new HeadlineFrame(id, bounds, wrap, locked, group, look, m); }

    /** Where the headline lines go: the bounds less the border. */
    public Rect textArea() { return look.contentArea(bounds, 0); }

    @Override public String kind() { return "headline"; }
}
