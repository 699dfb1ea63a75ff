package paiban.model;

import java.util.ArrayList;
import java.util.List;

import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.ParagraphStyle;

/**
 * Everything in an edition that names a paragraph style: paragraphs,
 * running headers, tables (their body and header style, columns, cells).
 * Renaming a style renames it in all of them; deleting one moves them to another.
 */
public final class StyleReferences {
    private StyleReferences() {}

    /** How many places name {@code style}: paragraphs, header frames and table settings and cells. */
    public static int count(Edition e, String style) {
        int n = 0;
        for (Story s : e.stories()) for (Paragraph p : s.paragraphs()) if (p.style().equals(style)) n++;
        for (Page page : e.pages()) {
            for (Frame f : page.frames()) {
                if (f instanceof HeaderFrame h && h.style().equals(style)) n++;
                if (f instanceof TableFrame t) {
                    if (t.bodyStyle().equals(style)) n++;
                    if (t.headerStyle().equals(style)) n++;
                    for (TableColumn c : t.columns()) if (c.style().equals(style)) n++;
                    for (List<TableCell> row : t.rows()) for (TableCell c : row) if (c.style().equals(style)) n++;
                }
            }
        }
        return n;
    }

    /** The paragraph style {@code from} renamed {@code to} in the sheet and everywhere it is named. */
    public static Edition rename(Edition e, String from, String to) {
        ParagraphStyle style = e.styles().find(from).orElseThrow(() -> new IllegalArgumentException("no paragraph style " + from));
        if (e.styles().find(to).isPresent()) throw new IllegalArgumentException("a paragraph style " + to + " exists already");
        return replace(e.withStyles(e.styles().restyle(from, style.withName(to))), from, to);
    }

    /** The edition without the paragraph style {@code gone}; what named it now names {@code moveTo}. */
    public static Edition delete(Edition e, String gone, String moveTo) {
        if (gone.equals(moveTo) || e.styles().find(moveTo).isEmpty()) {
            throw new IllegalArgumentException("paragraphs of " + gone + " need another style to move to");
        }
        return replace(e.withStyles(e.styles().without(gone)), gone, moveTo);
    }

    /** Every reference to style {@code from} made one to {@code to}; the sheet is left as it is. */
    public static Edition replace(Edition e, String from, String to) {
        List<Story> stories = new ArrayList<>();
        boolean storiesChanged = false;
        for (Story s : e.stories()) {
            List<Paragraph> ps = new ArrayList<>();
            boolean changed = false;
            for (Paragraph p : s.paragraphs()) {
                boolean hit = p.style().equals(from);
                ps.add(hit ? p.withStyle(to) : p);
                changed |= hit;
            }
            stories.add(changed ? s.withParagraphs(ps) : s);
            storiesChanged |= changed;
        }
        List<Page> pages = new ArrayList<>();
        boolean pagesChanged = false;
        for (Page page : e.pages()) {
            List<Frame> frames = new ArrayList<>();
            boolean changed = false;
            for (Frame f : page.frames()) {
                Frame g = frame(f, from, to);
                frames.add(g);
                changed |= g != f;
            }
            pages.add(changed ? page.withFrames(frames) : page);
            pagesChanged |= changed;
        }
        Edition out = storiesChanged ? e.withStories(stories) : e;
        return pagesChanged ? out.withPages(pages) : out;
    }

    private static Frame frame(Frame f, String from, String to) {
        if (f instanceof HeaderFrame h && h.style().equals(from)) {
            return new HeaderFrame(h.id(), h.bounds(), h.pattern(), to, h.locked(), h.group());
        }
        if (!(f instanceof TableFrame t) || count(t, from) == 0) return f;
        List<TableColumn> columns = t.columns().stream()
                .map(c -> c.style().equals(from) ? new TableColumn(c.width(), c.chars(), c.align(), to) : c).toList();
        List<List<TableCell>> rows = t.rows().stream().map(row -> row.stream()
                .map(c -> c.style().equals(from) ? new TableCell(c.text(), to, c.align(), c.rowSpan(), c.colSpan()) : c)
                .toList()).toList();
        return t.withColumns(columns, rows).withStyles(name(t.bodyStyle(), from, to), name(t.headerStyle(), from, to));
    }

    private static int count(TableFrame t, String style) {
        int n = t.bodyStyle().equals(style) || t.headerStyle().equals(style) ? 1 : 0;
        for (TableColumn c : t.columns()) if (c.style().equals(style)) n++;
        for (List<TableCell> row : t.rows()) for (TableCell c : row) if (c.style().equals(style)) n++;
        return n;
    }

    private static String name(String style, String from, String to) {
        return style.equals(from) ? to : style;
    }
}
