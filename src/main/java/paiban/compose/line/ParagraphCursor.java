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
    private final int[] xs;
    private final int[] advances;
    private final int[] work;
    private int pos;

    ParagraphCursor(ParagraphText text, int indent, Alignment alignment) {
        this.text = text;
        this.indent = indent;
        this.alignment = alignment;
        this.xs = new int[text.n];
        this.advances = new int[text.n];
        this.work = new int[text.n];
    }

    ParagraphText text() { return text; }

    int indent() { return indent; }

    @Override public boolean hasNext() {
        return pos < text.n;
    }

    @Override public int position() {
        return text.src[pos];
    }

    @Override public ComposedLine next(int width) {
        if (pos >= text.n) throw new IllegalStateException("the paragraph is fully set");
        int s = pos;
        int offset = s == 0 ? Math.min(indent, Math.max(width, 0)) : 0;
        int available = width - offset;
        int b = LineBreaker.lineEnd(text, s, available, width);
        boolean last = b == text.n;
        // a line a separator ends is set like a paragraph's last line
        boolean ragged = last || text.breaksHardBefore(b);
        boolean justify = alignment == Alignment.SPREAD || (alignment == Alignment.JUSTIFY && !ragged);
        Justifier.place(text, s, b, offset, available, alignment, justify, xs, advances, work);
        pos = b;
        return new ComposedLine(text.src[s], text.src[b], width, GlyphRunBuilder.build(text, s, b, xs, advances), last);
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
