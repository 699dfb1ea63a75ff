package paiban.ui.panels;

import java.util.List;
import java.util.Locale;

import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.frame.WritingMode;
import paiban.ui.Messages;
import paiban.edit.SetWritingMode;

/** The 排法 row of a text or headline frame: 横排 or 竖排, one undoable change. */
final class WritingModeRows {
    private WritingModeRows() {}

    static List<PropertyRow> of(String pid, Frame f) {
        WritingMode mode;
        if (f instanceof TextFrame t) mode = t.writingMode();
        else if (f instanceof HeadlineFrame h) mode = h.writingMode();
        else return List.of();
        return List.of(new PropertyRow(Messages.get("prop.text"), Messages.get("prop.writingMode"), String.class, name(mode),
                v -> new SetWritingMode(pid, f.id(), mode(v)))
                .choices(List.of(name(WritingMode.HORIZONTAL), name(WritingMode.VERTICAL)), false));
    }

    static String name(WritingMode m) { return Messages.get("writingMode." + m.name().toLowerCase(Locale.ROOT)); }

    private static WritingMode mode(Object shown) {
        for (WritingMode m : WritingMode.values()) if (name(m).equals(shown)) return m;
        throw new IllegalArgumentException("not a writing mode: " + shown);
    }
}
