package paiban.compose.line;

import paiban.model.style.Alignment;

/**
 * The line cursor over one measured paragraph. Each {@link #next(int)} chooses
 * a break with {@link LineBreaker}, places the line with {@link Justifier} and
 * cuts it into glyph runs; nothing is shared between cursors.
 */
public final class ParagraphCursor implements LineCursor {
    private final ParagraphText text;
    private final int indent;
    private final Alignment alignment;
    private final int left, right, spread;
    private final int[] xs;
    private final int[] advances;
    private final int[] work;
    private int pos;

    ParagraphCursor(ParagraphText text, int indent, Alignment alignment) {
        this(text, indent, alignment, 0, 0, 0);
    }

    /**
     * @param left   indent of every line from the measure's left edge
     * @param right  indent of every line from its right edge
     * @param spread width a spread line fills from the left indent, 0 for all the room
     */
    ParagraphCursor(ParagraphText text, int indent, Alignment alignment, int left, int right, int spread) {
        this.text = text;
        this.indent = indent;
        this.alignment = alignment;
        this.left = left;
        this.right = right;
        this.spread = alignment == Alignment.SPREAD ? spread : 0;
        this.xs = new int[text.n];
        this.advances = new int[text.n];
        this.work = new int[text.n];
    }

    ParagraphText text() { return text; }

    int indent() { return indent; }

    /** What the side indents (and a set spread width) take from a measure of {@code width}. */
    int sides(int width) {
        return width - room(width);
    }

    /** Room for a line's characters between the side indents, at most the spread width. */
    private int room(int width) {
        int l = Math.min(left, Math.max(width, 0));
        int r = Math.min(right, Math.max(width - l, 0));
        int room = width - l - r;
        return spread > 0 ? Math.min(room, spread) : room;
    }

    @Override public boolean hasNext() {
        return pos < text.n;
    }

    @Override public int position() {
        return text.src[pos];
    }

    @Override public ComposedLine next(int width) {
        if (pos >= text.n) throw new IllegalStateException("the paragraph is fully set");
        int s = pos;
        int room = room(width);
        int first = s == 0 ? Math.min(indent, Math.max(room, 0)) : 0;
        int offset = Math.min(left, Math.max(width, 0)) + first;
        int available = room - first;
        int b = LineBreaker.lineEnd(text, s, available, room);
        boolean last = b == text.n;
        // a line a separator ends is set like a paragraph's last line
        boolean ragged = last || text.breaksHardBefore(b);
        boolean justify = alignment == Alignment.SPREAD || (alignment == Alignment.JUSTIFY && !ragged);
        int spread = Justifier.place(text, s, b, offset, available, alignment, justify, xs, advances, work);
        int spacing = alignment == Alignment.JUSTIFY && !ragged ? spread : 0;
        pos = b;
        return new ComposedLine(text.src[s], text.src[b], width, GlyphRunBuilder.build(text, s, b, xs, advances), last,
                spacing);
    }

    /**
     * Moves the cursor back (or forward) to a line start set earlier, a UTF-16 index
     * returned by {@link #position()} or {@link ComposedLine#start()}, so a flow can set a
     * line again at another measure without measuring the paragraph again.
     */
    public void rewind(int utf16Index) {
        int i = java.util.Arrays.binarySearch(text.src, 0, text.n + 1, utf16Index);
        if (i < 0) throw new IllegalArgumentException("index " + utf16Index + " is not a character boundary of the paragraph");
        pos = i;
    }

    /** Characters of this paragraph its faces lacked (set in the fallback face), in text order; empty if none. */
    public int[] missingCodePoints() {
        return text.missing == null ? new int[0] : text.missing.clone();
    }
}
