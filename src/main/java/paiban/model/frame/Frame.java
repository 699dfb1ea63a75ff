package paiban.model.frame;

import paiban.model.Rect;

/**
 * Something placed on a page. Every frame has a stable id, a rectangle on
 * the page, an optional text wrap, a lock and an optional group name.
 */
public sealed interface Frame permits TextFrame, HeadlineFrame, ImageFrame, RuleFrame, AdFrame, HeaderFrame,
        TableFrame {
    String id();

    Rect bounds();

    /** Null when text in other frames ignores this one. */
    TextWrap wrap();

    boolean locked();

    /** Frames sharing a non-empty group move together; "" for none. */
    String group();

    Frame withBounds(Rect bounds);

    /** The same frame under another id (a copy pasted beside it). */
    Frame withId(String id);

    Frame withLocked(boolean locked);

    /** The same frame in group {@code group} ("" or null: in none). */
    Frame withGroup(String group);

    /** A short kind name for messages and the UI. */
    default String kind() {
        return getClass().getSimpleName().replace("Frame", "").toLowerCase();
    }

    static String nonNull(String s) { return s == null ? "" : s; }
}
