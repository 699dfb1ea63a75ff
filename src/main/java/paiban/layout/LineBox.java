package paiban.layout;

import java.util.List;

/**
 * One composed line placed on the page.
 *
 * @param x          left edge of the measure on the page, millipoints
 * @param baseline   baseline y on the page, millipoints
 * @param width      the measure the line was set to
 * @param storyId    story the text belongs to ("" for generated lines such as headers)
 * @param paragraph  paragraph index in the story, -1 for generated text (jump lines)
 * @param start      first UTF-16 index of the paragraph on this line
 * @param end        index after the last character on this line
 * @param vertical   a line of vertical text (竖排): then {@code x} is the page y where the line's measure
 *                   starts (its top), {@code baseline} the page x of the column's centre axis, {@code width}
 *                   the measure down the page, and each run's xs run down from {@code x}
 */
public record LineBox(int x, int baseline, int width, List<GlyphRun> runs, String storyId, int paragraph,
                      int start, int end, boolean vertical) implements Mark {
    public LineBox {
        runs = List.copyOf(runs);
    }

    public LineBox(int x, int baseline, int width, List<GlyphRun> runs, String storyId, int paragraph, int start,
                   int end) {
        this(x, baseline, width, runs, storyId, paragraph, start, end, false);
    }

    /** The characters on the line, as drawn. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (GlyphRun r : runs) sb.append(r.text());
        return sb.toString();
    }

    public boolean generated() { return paragraph < 0; }
}
