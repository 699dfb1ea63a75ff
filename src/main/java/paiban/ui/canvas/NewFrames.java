package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import paiban.layout.FrameKind;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TextFrame;
import paiban.model.frame.WritingMode;
import paiban.model.unit.Units;

/** Makes the frame a drawing tool asks for, with an id no page of the edition uses yet. */
public final class NewFrames {
    /** Weight of a newly drawn rule: a hairline a little heavier than 0.25 pt reads on newsprint. */
    static final int RULE_WEIGHT = Units.pt(0.5);

    private NewFrames() {}

    public static Frame make(FrameKind kind, Rect r, Edition edition, PageTemplate t) {
        return make(kind, r, edition, t, WritingMode.HORIZONTAL);
    }

    /** As {@link #make(FrameKind, Rect, Edition, PageTemplate)}; a text or headline frame set in {@code mode}. */
    public static Frame make(FrameKind kind, Rect r, Edition edition, PageTemplate t, WritingMode mode) {
        String id = freshId(kind.name().toLowerCase(Locale.ROOT), edition);
        return switch (kind) {
            case TEXT -> mode == WritingMode.VERTICAL
                    ? new TextFrame(id, r, 1, t.gap()).withWritingMode(mode) // its lines are the columns
                    : new TextFrame(id, r, t.columnsSpanned(r.width()), t.gap());
            case HEADLINE -> new HeadlineFrame(id, r).withWritingMode(mode);
            case IMAGE -> new ImageFrame(id, r, "", "");
            case RULE -> new RuleFrame(id, r.width() >= r.height()
                    ? new Rect(r.x(), r.y(), r.width(), RULE_WEIGHT)
                    : new Rect(r.x(), r.y(), RULE_WEIGHT, r.height()), RuleStyle.SOLID, RULE_WEIGHT);
            case AD -> new AdFrame(id, r, "");
            case TABLE -> newTable(id, r);
            case HEADER -> throw new IllegalArgumentException("running headers come with the page template");
        };
    }

    /** A new table of three equal columns: a header row and two empty rows, 反线 outside and 正线 inside. */
    static TableFrame newTable(String id, Rect r) {
        int w = Math.max(1, r.width() / 3);
        List<TableColumn> cols = List.of(new TableColumn(w, 0, CellAlign.LEFT, ""),
                new TableColumn(w, 0, CellAlign.LEFT, ""), new TableColumn(w, 0, CellAlign.LEFT, ""));
        List<List<TableCell>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) rows.add(List.of(new TableCell(""), new TableCell(""), new TableCell("")));
        return TableFrame.of(id, r, cols, rows);
    }

    /** A story id no story of the edition has. */
    public static String freshStoryId(Edition edition) {
        for (int n = 1; ; n++) {
            String id = "story-" + n;
            if (edition.story(id).isEmpty()) return id;
        }
    }

    public static String freshId(String prefix, Edition edition) {
        Set<String> used = new HashSet<>();
        for (Page p : edition.pages()) for (Frame f : p.frames()) used.add(f.id());
        for (int n = 1; ; n++) {
            String id = prefix + "-" + n;
            if (!used.contains(id)) return id;
        }
    }
}
