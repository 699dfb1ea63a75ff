package paiban.ui.story;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;
import paiban.model.story.CharRun;
import paiban.model.style.StyleSheet;

/**
 * Converts between a story's paragraphs and the editor's document: each
 * editor paragraph carries its paragraph style's name, each text segment its
 * character style's name ("" for none). Pure functions, so the round trip
 * is tested without a window.
 */
public final class StoryText {
    /** The text style of characters in no character run. */
    public static final String PLAIN = "";
    /**
     * How the editor shows a line break inside a paragraph ({@link paiban.model.story.Paragraph#LINE_BREAK}):
     * the mark ↵ in its place, one character for one, so offsets agree with the story's.
     */
    public static final char LINE_BREAK_MARK = '\u21B5';

    private StoryText() {}

    /** The editor document of {@code paragraphs}; a story without text shows one empty 正文 paragraph. */
    public static ReadOnlyStyledDocument<String, String, String> toEditor(List<paiban.model.story.Paragraph> paragraphs) {
        ReadOnlyStyledDocumentBuilder<String, String, String> b =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), StyleSheet.BODY);
        if (paragraphs.isEmpty()) b.addParagraph("", PLAIN, StyleSheet.BODY);
        for (paiban.model.story.Paragraph p : paragraphs) b.addParagraph(shown(p.text()), spans(p), p.style());
        return b.build();
    }

    /** The story paragraphs the editor document holds. */
    public static List<paiban.model.story.Paragraph> fromEditor(StyledDocument<String, String, String> doc) {
        List<paiban.model.story.Paragraph> out = new ArrayList<>(doc.getParagraphs().size());
        for (Paragraph<String, String, String> p : doc.getParagraphs()) out.add(fromEditor(p));
        return out;
    }

    static paiban.model.story.Paragraph fromEditor(Paragraph<String, String, String> p) {
        List<CharRun> runs = new ArrayList<>();
        int at = 0;
        for (StyleSpan<String> span : p.getStyleSpans()) {
            int end = at + span.getLength();
            String style = span.getStyle();
            if (end > at && style != null && !style.isEmpty()) addRun(runs, at, end, style);
            at = end;
        }
        return new paiban.model.story.Paragraph(p.getParagraphStyle(), stored(p.getText()), runs);
    }

    /** The story's text as the editor shows it: each line break as the mark ↵. */
    static String shown(String text) {
        return text.replace(paiban.model.story.Paragraph.LINE_BREAK, LINE_BREAK_MARK);
    }

    /** The editor's text as the story stores it: each mark ↵ a line break. */
    static String stored(String text) {
        return text.replace(LINE_BREAK_MARK, paiban.model.story.Paragraph.LINE_BREAK);
    }

    /**
     * The paragraph as the editor gives it back: the same text and style with
     * its runs as disjoint, merged spans (a file may hold overlapping runs;
     * the later run wins, as in {@link paiban.model.story.Paragraph#charStyleAt}).
     */
    public static paiban.model.story.Paragraph normalize(paiban.model.story.Paragraph p) {
        if (p.runs().isEmpty()) return p;
        List<CharRun> runs = new ArrayList<>();
        int at = 0;
        for (StyleSpan<String> span : spans(p)) {
            int end = at + span.getLength();
            if (end > at && !span.getStyle().isEmpty()) addRun(runs, at, end, span.getStyle());
            at = end;
        }
        return runs.equals(p.runs()) ? p : new paiban.model.story.Paragraph(p.style(), p.text(), runs);
    }

    /** True when the editor's paragraph {@code edited} holds exactly what the model's {@code model} does. */
    public static boolean same(paiban.model.story.Paragraph model, paiban.model.story.Paragraph edited) {
        return model.equals(edited) || normalize(model).equals(edited);
    }

    private static void addRun(List<CharRun> runs, int start, int end, String style) {
        if (!runs.isEmpty()) {
            CharRun last = runs.get(runs.size() - 1);
            if (last.end() == start && last.style().equals(style)) {
                runs.set(runs.size() - 1, new CharRun(last.start(), end, style));
                return;
            }
        }
        runs.add(new CharRun(start, end, style));
    }

    static StyleSpans<String> spans(paiban.model.story.Paragraph p) {
        StyleSpansBuilder<String> b = new StyleSpansBuilder<>();
        int length = p.text().length();
        if (p.runs().isEmpty() || length == 0) {
            b.add(PLAIN, length);
            return b.create();
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (CharRun r : p.runs()) {
            cuts.add(Math.min(r.start(), length));
            cuts.add(Math.min(r.end(), length));
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                String s = p.charStyleAt(prev);
                b.add(s == null ? PLAIN : s, cut - prev);
            }
            prev = cut;
        }
        return b.create();
    }
}
