package paiban.compose.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import paiban.compose.line.ComposedLine;
import paiban.compose.line.DisplayLines;
import paiban.compose.line.LineCursor;
import paiban.compose.line.ParagraphSetter;
import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.CharStyle;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/**
 * Composed lines of a paragraph set at one uniform measure. Paragraphs and
 * styles are immutable values, so (paragraph, style, measure) is a safe key:
 * an edit makes a new paragraph and misses, everything else hits.
 * Thread-safe: stories composed in parallel share it. Lines are set outside
 * the lock; two threads missing on the same key set equal lines.
 */
public final class LineCache {
    private record Key(Paragraph paragraph, ParagraphStyle style, int width, List<CharStyle> charStyles) {}

    private final ParagraphSetter setter;
    private final int capacity;
    private final Map<Key, List<ComposedLine>> lines;
    private long hits;
    private long misses;

    public LineCache(ParagraphSetter setter, int capacity) {
        this.setter = setter;
        this.capacity = capacity;
        this.lines = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<Key, List<ComposedLine>> e) {
                return size() > LineCache.this.capacity;
            }
        };
    }

    public ParagraphSetter setter() { return setter; }

    /** All lines of the paragraph, each set to {@code width}. */
    public List<ComposedLine> lines(Paragraph p, ParagraphStyle style, StyleSheet sheet, int width) {
        Key key = new Key(p, style, width, p.runs().isEmpty() ? List.of() : sheet.charStyles());
        List<ComposedLine> found = find(key);
        if (found != null) return found;
        List<ComposedLine> set = new ArrayList<>();
        LineCursor cursor = setter.start(p, style, sheet);
        while (cursor.hasNext()) set.add(cursor.next(width));
        return keep(key, List.copyOf(set));
    }

    /**
     * Lines of a display paragraph (a headline stack's 引题 / 主题 / 副题, a
     * 转版标题): balanced by {@link DisplayLines} when they are ragged and take
     * more than one line; justified and spread lines fill the measure anyway.
     */
    public List<ComposedLine> displayLines(Paragraph p, ParagraphStyle style, StyleSheet sheet, int width) {
        if (style.alignment() == Alignment.JUSTIFY || style.alignment() == Alignment.SPREAD) {
            return lines(p, style, sheet, width);
        }
        Key key = new Key(p, style, -width - 1, p.runs().isEmpty() ? List.of() : sheet.charStyles());
        List<ComposedLine> found = find(key);
        if (found != null) return found;
        return keep(key, List.copyOf(DisplayLines.balanced(setter, p, style, sheet, width)));
    }

    private synchronized List<ComposedLine> find(Key key) {
        List<ComposedLine> found = lines.get(key);
        if (found != null) hits++;
        else misses++;
        return found;
    }

    private synchronized List<ComposedLine> keep(Key key, List<ComposedLine> value) {
        lines.put(key, value);
        return value;
    }

    public synchronized long hits() { return hits; }

    public synchronized long misses() { return misses; }
}
