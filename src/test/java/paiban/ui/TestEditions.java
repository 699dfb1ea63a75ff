package paiban.ui;

import java.time.LocalDate;
import java.util.List;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.DefaultStyles;
import paiban.model.unit.Units;

/** Editions built in code for UI tests: every frame kind on page 1, a story running on to page 2. */
public final class TestEditions {
    public static final PageTemplate T = PageTemplate.duikai();
    /** One composer for all UI tests: its fonts are parsed once. */
    public static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());

    private TestEditions() {}

    /** A document over {@link #twoPages()}. */
    public static EditionDocument document() {
        return new EditionDocument(COMPOSER, twoPages(), null);
    }

    public static Edition twoPages() {
        List<Frame> one = List.of(
                new HeaderFrame("h1", T.gridRect(0, 8, 0, 2), "{number} | {section}"),
                new HeadlineFrame("hl1", T.gridRect(0, 5, 3, 6)),
                new TextFrame("t1", T.gridRect(0, 5, 10, 40), 5, T.gap()),
                new ImageFrame("img1", T.gridRect(5, 3, 3, 30), "missing.jpg", "cap1"),
                new TextFrame("cap1", T.gridRect(5, 3, 34, 4), 1, 0),
                new RuleFrame("r1", T.gridRect(0, 8, 51, 1).moved(0, 0), RuleStyle.SOLID, Units.pt(0.5)),
                new AdFrame("ad1", T.gridRect(0, 8, 80, 22), "明城银行"));
        List<Frame> two = List.of(
                new HeaderFrame("h2", T.gridRect(0, 8, 0, 2), "{number} | {section}"),
                new TextFrame("t2", T.gridRect(0, 4, 3, 60), 4, T.gap()),
                new TextFrame("t3", T.gridRect(4, 4, 3, 60), 2, T.gap()));
        Story lead = new Story("s1", "城市新闻", List.of(
                new Paragraph("主题", "明城今日开通第三条地铁线"),
                new Paragraph("正文", "本报讯（记者 林小河）今天上午，明城地铁三号线正式开通运营。".repeat(40))),
                List.of(new FrameRef("p1", "t1"), new FrameRef("p2", "t2")));
        return new Edition("明城日报", LocalDate.of(2026, 4, 25), null, List.of(T), DefaultStyles.forBody(T.bodySize()),
                List.of(new Page("p1", "", "要闻", T.name(), one), new Page("p2", "", "城市", T.name(), two)),
                List.of(lead));
    }
}
