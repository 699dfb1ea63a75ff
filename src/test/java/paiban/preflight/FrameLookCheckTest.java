package paiban.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.FrameBorder;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.FrameLook;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;

/** Preflight of frame looks: white text needs something under it, fills count in the ink limit, borders narrow columns. */
class FrameLookCheckTest {
    static final PageTemplate T = PageTemplate.duikai();

    static List<Finding> preflight(FrameLook bannerLook, TextFrame body) {
        HeadlineFrame banner = new HeadlineFrame("banner", T.gridRect(0, 8, 2, 6), null, false, "", bannerLook);
        Story head = new Story("head", "通栏", List.of(new Paragraph("主题", "全市经济运行总体平稳")),
                List.of(new FrameRef("p1", "banner")));
        Story text = new Story("body", "简讯", List.of(new Paragraph("正文", "本报讯记者从市政府获悉今年全市经济运行总体平稳")),
                List.of(new FrameRef("p1", "box")));
        Edition e = new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(new Page("p1", "A01", "要闻", T.name(), List.of(banner, body))),
                List.of(head, text));
        return new Preflight(FontLibrary.shared()).check(e, new EditionComposer(FontLibrary.shared()).compose(e), null);
    }

    static TextFrame body(FrameLook look) {
        return new TextFrame("box", T.gridRect(0, 2, 10, 10), 1, T.gap(), 0, null, null, false, "", look);
    }

    static List<Finding> coded(List<Finding> all, String code) {
        return all.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void reversedTextWithoutAFillIsWarnedOnItsFrame() {
        List<Finding> white = coded(preflight(new FrameLook(null, 100, true, null), body(FrameLook.NONE)), "white-text");
        assertEquals(1, white.size(), "one warning for the frame");
        Finding f = white.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("banner", f.frameId());
        assertEquals("p1", f.pageId());
        assertTrue(f.message(Locale.SIMPLIFIED_CHINESE).contains("白字"), f.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(f.message(Locale.ENGLISH).contains("headline frame (banner) has white text"), f.message(Locale.ENGLISH));
    }

    @Test
    void reversedTextOnAFillIsFine() {
        assertEquals(List.of(), coded(preflight(new FrameLook(Cmyk.RED, 100, true, null), body(FrameLook.NONE)), "white-text"));
    }

    @Test
    void aFillOverTheInkLimitIsAnError() {
        Cmyk heavy = new Cmyk(100, 100, 100, 100);
        List<Finding> ink = coded(preflight(new FrameLook(heavy, 100, true, null), body(FrameLook.NONE)), "ink-limit");
        assertEquals(1, ink.size());
        assertEquals(Severity.ERROR, ink.get(0).severity());
        // at a 50% tint the same colour prints 200% and passes
        assertEquals(List.of(), coded(preflight(new FrameLook(heavy, 50, true, null), body(FrameLook.NONE)), "ink-limit"));
    }

    @Test
    void aBorderThatLeavesColumnsOffTheCharacterGridIsReported() {
        // a 2-column text frame, 26 字 wide; a 1 pt border on each side takes 2 pt off the width
        FrameLook boxed = new FrameLook(null, 100, false, new FrameBorder(1000, BorderStyle.SOLID, Cmyk.BLACK));
        assertEquals(1, coded(preflight(FrameLook.NONE, body(boxed)), "column-width").size());
        assertEquals(List.of(), coded(preflight(FrameLook.NONE, body(FrameLook.NONE)), "column-width"));
    }
}
