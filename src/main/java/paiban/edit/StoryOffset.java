package paiban.edit;

/**
 * A place between characters of a story: paragraph index and UTF-16 offset
 * in its text. Ordered as the text reads.
 */
public record StoryOffset(int paragraph, int offset) implements Comparable<StoryOffset> {
    public static final StoryOffset START = new StoryOffset(0, 0);

    public StoryOffset {
        if (paragraph < 0 || offset < 0) throw new IllegalArgumentException("bad story offset " + paragraph + ":" + offset);
    }

    @Override
    public int compareTo(StoryOffset o) {
        return paragraph != o.paragraph ? Integer.compare(paragraph, o.paragraph) : Integer.compare(offset, o.offset);
    }

    public boolean before(StoryOffset o) { return compareTo(o) < 0; }

    public static StoryOffset min(StoryOffset a, StoryOffset b) { return a.compareTo(b) <= 0 ? a : b; }

    public static StoryOffset max(StoryOffset a, StoryOffset b) { return a.compareTo(b) >= 0 ? a : b; }
}
