package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.TextWrap;
import paiban.model.Rect;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.unit.Units;

class IncrementalFlowTest {
    static final FontLibrary FONTS = FontLibrary.shared();

    /** The jumping story, a photo with a wrap on page 1, and a second short story on page 4. */
    static Edition edition() {
        Edition e = Editions.jumping(14, 200);
        Page p1 = e.page("p1").orElseThrow();
        Rect photo = new Rect(Editions.T.columnLeft(2), Editions.T.lineTop(18), Units.mm(40), Units.mm(30));
        e = e.withPage(p1.withFrame(new ImageFrame("photo", photo, "", "").withWrap(new TextWrap(Units.pt(3)))));
        Page p4 = e.page("p4").orElseThrow();
        e = e.withPage(p4.withFrame(Editions.textFrame("d", 0, 2, 0, 20, 2)));
        Story second = new Story("t", "", Editions.paragraphs(11, 4, 120), List.of(new FrameRef("p4", "d")), false, true);
        // a story opening with a headline stack in a headline frame, then body text beneath
        Page p2 = e.page("p2").orElseThrow();
        e = e.withPage(p2.withFrames(List.of(new paiban.model.frame.HeadlineFrame("h", Editions.T.gridRect(0, 4, 0, 8)),
                Editions.textFrame("x", 0, 4, 8, 12, 4))));
        List<Paragraph> ps = new ArrayList<>(List.of(new Paragraph("引题", "全市上下"), new Paragraph("主题", "稳中向好")));
        ps.addAll(Editions.paragraphs(5, 5, 100));
        Story headed = new Story("u", "", ps, List.of(new FrameRef("p2", "h"), new FrameRef("p2", "x")));
        return e.withStory(e.stories().get(0).withContinuationHeadline(true)).withStory(second).withStory(headed);
    }

    static Story edit(Story s, Random r) {
        List<Paragraph> ps = new ArrayList<>(s.paragraphs());
        int k = r.nextInt(ps.size());
        Paragraph p = ps.get(k);
        String t = p.text();
        int at = t.isEmpty() ? 0 : r.nextInt(t.length() + 1);
        switch (r.nextInt(8)) {
            case 0, 1 -> ps.set(k, p.withText(t.substring(0, at) + "新" + t.substring(at)));
            case 2 -> ps.set(k, p.withText(t.substring(0, at) + Editions.text(r, 30) + t.substring(at)));
            case 3 -> {
                int end = Math.min(t.length(), at + 1 + r.nextInt(40));
                ps.set(k, p.withText(t.substring(0, at) + t.substring(end)));
            }
            case 4 -> {
                ps.set(k, p.withText(t.substring(0, at)));
                ps.add(k + 1, new Paragraph(p.style(), t.substring(at)));
            }
            case 5 -> {
                if (k + 1 < ps.size()) ps.set(k, p.withText(t + ps.remove(k + 1).text()));
            }
            case 6 -> ps.set(k, p.withStyle(List.of("正文", "小标题", "副题", "主题").get(r.nextInt(4))));
            default -> {
                if (ps.size() > 1 && r.nextBoolean()) ps.remove(k);
                else ps.add(k, new Paragraph("正文", Editions.text(r, 20 + r.nextInt(200))));
            }
        }
        return s.withParagraphs(ps);
    }

    @Test
    void afterRandomEditsTheIncrementalLayoutEqualsAFullRecompose() {
        Random r = new Random(20260425L);
        FlowSession session = new FlowSession(FONTS);
        EditionComposer full = new EditionComposer(FONTS);
        Edition e = edition();
        session.layout(e);
        int incremental = 0;
        for (int round = 0; round < 200; round++) {
            Story s = e.stories().get(r.nextInt(e.stories().size()));
            e = e.withStory(edit(s, r));
            EditionLayout inc = session.layout(e);
            if (session.lastWasIncremental()) incremental++;
            EditionLayout whole = full.compose(e);
            assertEquals(LayoutText.dump(whole), LayoutText.dump(inc), "round " + round);
            for (Story st : e.stories()) {
                var fit = inc.stories().get(st.id());
                assertEquals(st.characterCount(), fit.charsSet() + fit.overset(), "round " + round + " story " + st.id());
            }
        }
        assertEquals(200, incremental, "text edits take the incremental path");
    }

    @Test
    void anEditThatKeepsTheLineCountRecomposesOneParagraph() {
        FlowSession session = new FlowSession(FONTS);
        Edition e = edition();
        session.layout(e);
        Story s = e.stories().get(0);
        Paragraph p = s.paragraphs().get(2);
        // one character replaced by another of the same width: line starts stay where they were
        String changed = p.text().substring(0, 5) + (p.text().charAt(5) == '新' ? '旧' : '新') + p.text().substring(6);
        Edition edited = e.withStory(s.withParagraph(2, p.withText(changed)));
        EditionLayout inc = session.layout(edited);
        assertTrue(session.lastWasIncremental());
        assertEquals(1, session.lastComposedParagraphs());
        assertEquals(LayoutText.dump(new EditionComposer(FONTS).compose(edited)), LayoutText.dump(inc));
    }

    @Test
    void aParagraphAfterTheHeadlineStackJoinsItWhenItBecomesDisplayType() {
        FlowSession session = new FlowSession(FONTS);
        Edition e = edition();
        session.layout(e);
        Story u = e.story("u").orElseThrow();
        Edition edited = e.withStory(u.withParagraph(2, u.paragraphs().get(2).withStyle("副题").withText("一季度增长")));
        EditionLayout inc = session.layout(edited);
        assertTrue(session.lastWasIncremental());
        assertEquals(LayoutText.dump(new EditionComposer(FONTS).compose(edited)), LayoutText.dump(inc));
        assertEquals(7, inc.page("p2").orElseThrow().frames().get(0).linesUsed(), "引题 2 + 主题 3 + 副题 2 grid lines");
    }

    @Test
    void aMovedPageRenamesJumpLinesWithoutFlowingAgain() {
        FlowSession session = new FlowSession(FONTS);
        Edition e = edition();
        session.layout(e);
        Edition moved = e.movePage(2, 3);
        EditionLayout l = session.layout(moved);
        assertTrue(session.lastWasIncremental());
        assertEquals(0, session.lastComposedStories(), "no story's frames changed, only what its pages are called");
        assertEquals(LayoutText.dump(new EditionComposer(FONTS).compose(moved)), LayoutText.dump(l));
    }

    @Test
    void aStyleChangeComposesTheWholeEdition() {
        FlowSession session = new FlowSession(FONTS);
        Edition e = edition();
        session.layout(e);
        var body = e.styles().paragraph("正文");
        Edition restyled = e.withStyles(e.styles().with(body.withSize(body.size() + 1000)));
        EditionLayout l = session.layout(restyled);
        assertTrue(!session.lastWasIncremental());
        assertEquals(e.stories().size(), session.lastComposedStories());
        assertEquals(LayoutText.dump(new EditionComposer(FONTS).compose(restyled)), LayoutText.dump(l));
    }
}
