package paiban.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import paiban.compose.flow.EditionComposer;
import paiban.compose.line.ComposedLine;
import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.Alignment;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;
import paiban.model.unit.HaoSize;
import paiban.model.unit.Units;

/**
 * A galley proof (小样): a plain-text story set as body text in one
 * threaded text frame per page, as many pages as it takes, with its
 * copyfit in a slug line under the type area of every page.
 */
final class GalleyProof {
    static final String STORY = "proof";
    static final int SLUG_SIZE = HaoSize.LIU_HAO.mpt();
    /** The body's first-line indent, in characters. */
    static final int INDENT = 2;

    /** The page, its text frame and body type. */
    record Geometry(int trimWidth, int trimHeight, Rect area, int columns, int gap, int size, int pitch) {
        Geometry {
            if (columns < 1) throw new UsageException("--columns must be at least 1");
            if (pitch < size) throw new UsageException("--pitch " + Units.toPt(pitch) + "pt is smaller than the type size " + Units.toPt(size) + "pt");
            if (area.width() <= 0 || area.height() < size)
                throw new UsageException("the margins leave no room for text on a " + Math.round(Units.toMm(trimWidth)) + "×"
                        + Math.round(Units.toMm(trimHeight)) + " mm page");
            int col = (area.width() - (columns - 1) * gap) / columns;
            if (col < size) throw new UsageException(columns + " columns with a " + Math.round(Units.toMm(gap) * 10) / 10.0
                    + " mm gap do not fit " + Math.round(Units.toMm(area.width())) + " mm: a column would hold no character");
        }

        int lines() { return (area.height() - size) / pitch + 1; }

        int columnWidth() { return (area.width() - (columns - 1) * gap) / columns; }

        int charsPerPage() { return columns * lines() * Math.max(1, columnWidth() / size); }

        PageTemplate template() {
            return new PageTemplate("小样", trimWidth, trimHeight, area.y(), area.x(), size,
                    Math.max(1, columnWidth() / size), Math.round((float) gap / size), columns, lines(), pitch);
        }
    }

    private final FontLibrary fonts;
    private final Geometry geo;
    private final String source;

    GalleyProof(FontLibrary fonts, Geometry geo, String source) {
        this.fonts = fonts;
        this.geo = geo;
        this.source = source;
    }

    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.startsWith("\uFEFF")) t = t.substring(1);
            if (!t.isEmpty()) out.add(new Paragraph(StyleSheet.BODY, t));
        }
        return out;
    }

    Edition edition(List<Paragraph> paragraphs, int pageCount) {
        PageTemplate t = geo.template();
        List<Page> pages = new ArrayList<>();
        List<FrameRef> chain = new ArrayList<>();
        for (int i = 1; i <= pageCount; i++) {
            Frame f = new TextFrame("text", geo.area(), geo.columns(), geo.gap());
            pages.add(new Page("p" + i, "", "小样", t.name(), List.of(f)));
            chain.add(new FrameRef("p" + i, "text"));
        }
        StyleSheet styles = DefaultStyles.forBody(geo.size());
        return new Edition("小样 " + source, LocalDate.now(), EditionSettings.defaults(), List.of(t), styles, pages,
                List.of(new Story(STORY, source, paragraphs, chain)));
    }

    /**
     * The proof's pages, slugs included. {@code onCompose} hears the page count of each composition tried.
     * The last composition has exactly the pages kept: a page past the text would cost composing it,
     * and would make the story's last page a part that leaves for another, with its last line held for 下转.
     */
    List<PageLayout> pages(List<Paragraph> paragraphs, IntConsumer onCompose) {
        int chars = 0;
        for (Paragraph p : paragraphs) chars += p.text().codePointCount(0, p.text().length());
        int pages = estimate(paragraphs);
        // one composer for every try: its line cache makes a second composition of the same text cheap
        EditionComposer composer = new EditionComposer(fonts);
        Edition edition;
        EditionLayout layout;
        for (int tries = 0; ; tries++) {
            onCompose.accept(pages);
            edition = edition(paragraphs, pages);
            layout = composer.compose(edition);
            StoryFit fit = layout.stories().get(STORY);
            int over = fit == null ? 0 : fit.overset();
            int used = usedPages(layout.pages());
            if (tries >= 20) break;
            if (over > 0) {
                // more pages by what a page really took this time
                double perPage = fit.charsSet() > 0 ? (double) fit.charsSet() / pages : geo.charsPerPage();
                pages += Math.max(1, (int) Math.ceil(over / perPage));
            } else if (used < pages) {
                pages = used; // fewer pages only frees the last one's 下转 line: the text still fits
            } else {
                break;
            }
        }
        List<PageLayout> used = layout.pages().subList(0, usedPages(layout.pages()));
        return withSlugs(used, layout.stories().get(STORY), chars, edition.stories().get(0).paragraphs().size());
    }

    /** Pages up to the last one holding some of the story (at least one). */
    private static int usedPages(List<PageLayout> pages) {
        int n = pages.size();
        while (n > 1 && pages.get(n - 1).lines().stream().noneMatch(l -> STORY.equals(l.storyId()))) n--;
        return n;
    }

    /**
     * Pages the text needs, counted in lines as the body sets them: each paragraph's characters
     * and its 2-字 indent over the characters a column line holds, less the line every page but
     * the last keeps for 下转. Proportional Latin and compressed punctuation make it a little high.
     */
    int estimate(List<Paragraph> paragraphs) {
        int perLine = Math.max(1, geo.columnWidth() / geo.size());
        long lines = 0;
        for (Paragraph p : paragraphs) {
            int cp = p.text().codePointCount(0, p.text().length());
            lines += Math.max(1, (cp + INDENT + perLine - 1) / perLine);
        }
        int perPage = Math.max(1, geo.columns() * geo.lines() - 1);
        return (int) Math.max(1, (lines - 1 + perPage - 1) / perPage);
    }

    private List<PageLayout> withSlugs(List<PageLayout> pages, StoryFit fit, int chars, int paragraphCount) {
        int totalLines = 0;
        for (PageLayout p : pages) totalLines += storyLines(p);
        if (fit != null && fit.linesUsed() > 0) totalLines = fit.linesUsed();
        StyleSheet styles = DefaultStyles.forBody(geo.size());
        // in the body face: a proof then parses one font file, not two
        ParagraphStyle body = styles.paragraph(StyleSheet.BODY);
        ParagraphStyle slugStyle = new ParagraphStyle("小样眉头", body.family(), false, SLUG_SIZE, 1, 0, Alignment.LEFT,
                0, 0, body.prohibition(), Cmyk.BLACK);
        ParagraphSetter setter = new ParagraphSetter(fonts);
        int baseline = slugBaseline();
        List<PageLayout> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageLayout p = pages.get(i);
            String text = "小样  " + source + "  第" + (i + 1) + "/" + pages.size() + "页  共" + chars + "字 " + paragraphCount
                    + "段 " + totalLines + "行" + (fit != null && fit.overset() > 0 ? " 超" + fit.overset() + "字" : "")
                    + "  本页" + storyLines(p) + "行  " + fmt(geo.size()) + "/" + fmt(geo.pitch()) + "pt " + geo.columns() + "栏  "
                    + LocalDate.now();
            ComposedLine line = setter.start(new Paragraph(slugStyle.name(), text), slugStyle, styles).next(geo.area().width());
            List<Mark> marks = new ArrayList<>();
            for (Mark m : p.marks()) if (!isJumpLine(m)) marks.add(m);
            marks.add(new LineBox(geo.area().x(), baseline, geo.area().width(), line.runs(), "", -1, 0, line.end()));
            out.add(new PageLayout(p.pageId(), p.number(), p.name(), p.width(), p.height(), marks, p.frames()));
        }
        return out;
    }

    /** In the bottom margin when it has room, else on the type area's last line. */
    int slugBaseline() {
        int below = geo.area().bottom() + 2 * SLUG_SIZE;
        return below <= geo.trimHeight() - Units.mm(2) ? below : geo.area().bottom() - SLUG_SIZE / 4;
    }

    /**
     * The flow sets （下转第二版） where a chain leaves a page; a proof's pages are
     * not the paper's, so those lines are left out (their reserved line stays blank).
     */
    private static boolean isJumpLine(Mark m) {
        return m instanceof LineBox l && l.generated()
                && (STORY.equals(l.storyId()) || l.text().contains("下转") || l.text().contains("上接"));
    }

    private static int storyLines(PageLayout p) {
        int n = 0;
        for (LineBox l : p.lines()) if (STORY.equals(l.storyId()) && !l.generated()) n++;
        return n;
    }

    private static String fmt(int mpt) {
        double pt = Units.toPt(mpt);
        return pt == Math.rint(pt) ? Long.toString((long) pt) : Double.toString(pt);
    }
}
