package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.DefaultStyles;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/** 背题: headlines and subheads keep their lines together and text below them; widows and orphans on request. */
class KeepTogetherTest {
    static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());
    static final String SUBHEAD = "一、串联十二座公园" + Paragraph.LINE_BREAK + "沿线新增口袋公园";

    /** A line's place: the frame and text column it stands in, and its grid row. */
    record Place(String frameId, int column, int row) {}

    static Place place(Page page, LineBox l, int pitch) {
        for (Frame f : page.frames()) {
            if (!(f instanceof TextFrame t) || !t.bounds().contains(l.x(), l.baseline())) continue;
            Rect area = t.textArea();
            int column = Math.min(t.columns() - 1, (l.x() - area.x()) / (t.columnWidth() + t.gap()));
            return new Place(t.id(), column, Math.floorDiv(l.baseline() - area.y(), pitch));
        }
        throw new AssertionError("line outside every text frame: " + l.text());
    }

    static Edition oneFrame(int columns, int lines, List<Paragraph> ps, StyleSheet sheet) {
        Page p1 = Editions.page("p1", "A01", List.of(Editions.textFrame("a", 0, columns * 2, 0, lines, columns)));
        Story s = new Story("s", "岸线", ps, List.of(new FrameRef("p1", "a")));
        return new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(Editions.T),
                sheet, List.of(p1), List.of(s));
    }

    static List<Paragraph> storyWithSubheads(long seed) {
        List<Paragraph> body = Editions.paragraphs(seed, 9, 70);
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (i == 2 || i == 5 || i == 7) ps.add(new Paragraph("小标题", SUBHEAD));
            ps.add(body.get(i));
        }
        return ps;
    }

    @Test
    void aTwoLineSubheadStaysTogetherWithTwoLinesBelowItAtEveryFrameHeight() {
        StyleSheet sheet = DefaultStyles.forBody(Editions.T.bodySize());
        assertEquals(DefaultStyles.KEEP, sheet.paragraph("小标题").keepWithNextLines());
        int pitch = Editions.T.pitch();
        int checked = 0;
        for (int columns = 1; columns <= 3; columns++) {
            for (int height = 5; height <= 45; height++) {
                List<Paragraph> ps = storyWithSubheads(height * 31L + columns);
                Edition e = oneFrame(columns, height, ps, sheet);
                EditionLayout layout = COMPOSER.compose(e);
                Page page = e.page("p1").orElseThrow();
                List<LineBox> lines = LayoutText.storyLines(layout, "s");
                for (int p = 0; p < ps.size(); p++) {
                    if (!ps.get(p).style().equals("小标题")) continue;
                    int para = p;
                    List<LineBox> head = lines.stream().filter(l -> l.paragraph() == para).toList();
                    String where = columns + " columns × " + height + " lines, paragraph " + p;
                    if (head.isEmpty()) continue; // overset, whole
                    assertEquals(2, head.size(), "both lines of the subhead, or none: " + where);
                    Place a = place(page, head.get(0), pitch), b = place(page, head.get(1), pitch);
                    assertEquals(a.column(), b.column(), "one column: " + where);
                    assertEquals(a.row() + 1, b.row(), "one under the other: " + where);
                    long below = lines.stream().filter(l -> l.paragraph() > para)
                            .map(l -> place(page, l, pitch))
                            .filter(x -> x.column() == b.column() && x.row() > b.row()).count();
                    assertTrue(below >= 2, "two lines of text under the subhead in its column: " + where + ", " + below);
                    checked++;
                }
                LayoutText.setText(layout, e.stories().get(0));
            }
        }
        assertTrue(checked > 100, "subheads checked: " + checked);
    }

    @Test
    void withoutTheSettingASubheadMayStandAtAColumnFoot() {
        StyleSheet off = DefaultStyles.forBody(Editions.T.bodySize());
        off = off.with(off.paragraph("小标题").withKeeps(0, 0, 0));
        int pitch = Editions.T.pitch();
        boolean stranded = false;
        for (int height = 5; height <= 45 && !stranded; height++) {
            List<Paragraph> ps = storyWithSubheads(height * 31L + 2);
            Edition e = oneFrame(2, height, ps, off);
            Page page = e.page("p1").orElseThrow();
            List<LineBox> lines = LayoutText.storyLines(COMPOSER.compose(e), "s");
            for (LineBox l : lines) {
                if (!ps.get(l.paragraph()).style().equals("小标题") || l.start() == 0) continue;
                Place b = place(page, l, pitch);
                long below = lines.stream().filter(o -> o.paragraph() > l.paragraph()).map(o -> place(page, o, pitch))
                        .filter(x -> x.column() == b.column() && x.row() > b.row()).count();
                stranded |= below < 2 && l.paragraph() < ps.size() - 1;
            }
        }
        assertTrue(stranded, "the test can fail: with the setting off some height leaves a subhead at a column foot");
    }

    @Test
    void withKeepWithNextLinesZeroAOneLineSubheadMayEndAColumnWithTextInTheNext() {
        // the keep is the style's alone: no older rule moves a 小标题 off a column's last line behind its back
        StyleSheet off = DefaultStyles.forBody(Editions.T.bodySize());
        off = off.with(off.paragraph("小标题").withKeeps(0, 0, 0));
        int pitch = Editions.T.pitch();
        int footed = 0;
        for (int height = 5; height <= 45; height++) {
            List<Paragraph> body = Editions.paragraphs(height * 17L, 9, 70);
            List<Paragraph> ps = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                if (i > 0) ps.add(new Paragraph("小标题", "一、串联十二座公园"));
                ps.add(body.get(i));
            }
            Edition e = oneFrame(2, height, ps, off);
            Page page = e.page("p1").orElseThrow();
            List<LineBox> lines = LayoutText.storyLines(COMPOSER.compose(e), "s");
            int lastRow = lines.stream().map(l -> place(page, l, pitch)).filter(x -> x.column() == 0)
                    .mapToInt(Place::row).max().orElse(-1);
            boolean nextColumnHasText = lines.stream().anyMatch(l -> place(page, l, pitch).column() == 1);
            for (LineBox l : lines) {
                Place x = place(page, l, pitch);
                if (ps.get(l.paragraph()).style().equals("小标题") && x.column() == 0 && x.row() == lastRow
                        && nextColumnHasText) footed++;
            }
        }
        assertTrue(footed > 0, "some frame height leaves a 小标题 on the last line of the first column");
    }

    @Test
    void widowsAndOrphansOnRequestLeaveTwoLinesEachSideOfABreak() {
        StyleSheet sheet = DefaultStyles.forBody(Editions.T.bodySize());
        sheet = sheet.with(sheet.paragraph("正文").withKeeps(0, 2, 2));
        int pitch = Editions.T.pitch();
        for (int height = 4; height <= 40; height++) {
            List<Paragraph> ps = Editions.paragraphs(height, 8, 90);
            Edition e = oneFrame(3, height, ps, sheet);
            Page page = e.page("p1").orElseThrow();
            EditionLayout layout = COMPOSER.compose(e);
            Map<String, Integer> perColumn = new TreeMap<>();
            Map<Integer, Integer> total = new TreeMap<>();
            for (LineBox l : LayoutText.storyLines(layout, "s")) {
                Place x = place(page, l, pitch);
                perColumn.merge(l.paragraph() + "/" + x.column(), 1, Integer::sum);
                total.merge(l.paragraph(), 1, Integer::sum);
            }
            for (var c : perColumn.entrySet()) {
                int p = Integer.parseInt(c.getKey().split("/")[0]);
                if (c.getValue() < total.get(p)) {
                    assertTrue(c.getValue() >= 2, "a broken paragraph keeps two lines in each column: height " + height + " " + c);
                }
            }
        }
    }

    @Test
    void keptRowsFollowTheStyle() {
        ParagraphStyle body = DefaultStyles.forBody(9000).paragraph("正文");
        assertEquals(0, StoryFlower.keptRows(body, 0, 5), "off: any break");
        ParagraphStyle wo = body.withKeeps(0, 2, 3);
        assertEquals(2, StoryFlower.keptRows(wo, 0, 6));
        assertEquals(3, StoryFlower.keptRows(wo, 3, 6), "the last three lines together");
        assertEquals(0, StoryFlower.keptRows(wo, 2, 6));
        assertEquals(4, StoryFlower.keptRows(wo, 0, 4), "no break leaves enough on both sides: whole");
        ParagraphStyle head = body.withKeeps(2, 0, 0).withLinesPerLine(2);
        assertEquals(2 * 2 + 2, StoryFlower.keptRows(head, 0, 2), "all its lines and two more");
    }

    @Test
    void noSubheadOrHeadlineSitsAtAColumnFootInTheSample() throws Exception {
        Edition e = paiban.io.EditionFile.read(java.nio.file.Path.of("assets/sample/edition.json"));
        EditionLayout layout = COMPOSER.compose(e);
        int checked = 0;
        for (PageLayout pl : layout.pages()) {
            Page page = e.page(pl.pageId()).orElseThrow();
            int pitch = e.template(page.template()).orElseThrow().pitch();
            for (Story s : e.stories()) {
                // vertical lines (竖排) run in columns, not rows: not this check's
                List<LineBox> lines = pl.lines().stream().filter(l -> l.storyId().equals(s.id()) && !l.generated() && !l.vertical())
                        .filter(l -> page.frames().stream().anyMatch(f -> f instanceof TextFrame && f.bounds().contains(l.x(), l.baseline())))
                        .toList();
                for (LineBox l : lines) {
                    Paragraph para = s.paragraphs().get(l.paragraph());
                    if (e.styles().paragraph(para.style()).keepWithNextLines() == 0 || l.paragraph() == s.paragraphs().size() - 1) continue;
                    boolean lastOfParagraph = lines.stream().noneMatch(o -> o.paragraph() == l.paragraph() && o.start() > l.start());
                    if (!lastOfParagraph) continue;
                    Place at = place(page, l, pitch);
                    long below = lines.stream().map(o -> place(page, o, pitch))
                            .filter(o -> o.frameId().equals(at.frameId()) && o.column() == at.column() && o.row() > at.row()).count();
                    assertTrue(below >= 2, pl.pageId() + " " + s.id() + " 「" + para.text() + "」 has " + below + " lines under it");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 5, "subheads in text frames checked: " + checked);
    }
}
