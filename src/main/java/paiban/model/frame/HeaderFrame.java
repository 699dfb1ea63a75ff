package paiban.model.frame;

import paiban.model.Rect;

/**
 * The running header (眉头) of a page. {@code pattern} may use the fields
 * {number} (two digits, 03), {label}, {name} (第三版), {section}, {date} and
 * {edition}; the composer fills them per page, so a moved page updates.
 */
public record HeaderFrame(String id, Rect bounds, String pattern, String style, boolean locked, String group)
        implements Frame {
    public HeaderFrame {
        pattern = Frame.nonNull(pattern);
        if (style == null || style.isBlank()) style = "眉头";
        group = Frame.nonNull(group);
    }

    public HeaderFrame(String id, Rect bounds, String pattern) {
        this(id, bounds, pattern, "眉头", false, "");
    }

    @Override public HeaderFrame withId(String newId) { return new HeaderFrame(newId, bounds, pattern, style, locked, group); }

    @Override public TextWrap wrap() { return null; }

    @Override public HeaderFrame withBounds(Rect b) { return new HeaderFrame(id, b, pattern, style, locked, group); }

    @Override public HeaderFrame withLocked(boolean l) { return new HeaderFrame(id, bounds, pattern, style, l, group); }

    @Override public HeaderFrame withGroup(String g) { return new HeaderFrame(id, bounds, pattern, style, locked, g); }

    @Override public String kind() { return "header"; }
}
