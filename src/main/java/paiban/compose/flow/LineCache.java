package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

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
 * Thread-safe without a lock on the way in: stories composed in parallel
 * share it. Two generations of entries stand in for least-recently-used
 * order: a hit in the older one moves the entry up, and when the young one
 * is full the old one is dropped. Two threads missing on the same key set
 * equal lines.
 */
public final class LineCache {
    private record Key(Paragraph paragraph, ParagraphStyle style, int width, List<CharStyle> charStyles) {}

    private final ParagraphSetter setter;
    /** Entries per generation: the cache holds between this and twice this. */
    private final int generation;
    private volatile Map<Key, List<ComposedLine>> young = new ConcurrentHashMap<>();
    private volatile Map<Key, List<ComposedLine>> old = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** @param capacity about how many paragraphs' lines to keep */
    public LineCache(ParagraphSetter setter, int capacity) {
        this.setter = setter;
        this.generation = Math.max(1, capacity / 2);
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

    private List<ComposedLine> find(Key key) {
        List<ComposedLine> found = young.get(key);
        if (found == null) {
            found = old.get(key);
            if (found != null) keep(key, found);
        }
        if (found != null) hits.increment();
        else misses.increment();
        return found;
    }

    private List<ComposedLine> keep(Key key, List<ComposedLine> value) {
        young.put(key, value);
        if (young.size() > generation) {
            synchronized (this) {
                if (young.size() > generation) {
                    old = young;
                    young = new ConcurrentHashMap<>();
                }
            }
        }
        return value;
    }

    public long hits() { return hits.sum(); }

    public long misses() { return misses.sum(); }
}
