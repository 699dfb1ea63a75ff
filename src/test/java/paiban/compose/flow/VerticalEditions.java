package paiban.compose.flow;

import java.time.LocalDate;
import java.util.List;

import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.frame.WritingMode;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.DefaultStyles;

/** A page with a vertical headline and story beside a horizontal one, for the vertical text tests. */
public final class VerticalEditions {
    /** The paragraph the layout tests check glyph by glyph. */
    public static final String PUNCTUATED = "「春天来了」，他说。《人民日报》——4月27日报道……";

    private VerticalEditions() {}

    public static Edition page(List<Paragraph> verticalText) {
        var t = Editions.T;
        Rect head = t.gridRect(7, 1, 0, 40);
        Rect text = t.gridRect(4, 3, 0, 40);
        HeadlineFrame vh = new HeadlineFrame("vh", head).withWritingMode(WritingMode.VERTICAL);
        TextFrame vt = new TextFrame("vt", text, 1, 0).withWritingMode(WritingMode.VERTICAL);
        TextFrame ht = Editions.textFrame("ht", 0, 4, 0, 40, 4);
        Page p1 = Editions.page("p1", "A01", List.of(vh, vt, ht));
        List<Paragraph> vertical = new java.util.ArrayList<>();
        vertical.add(new Paragraph("引题", "春风又绿江南岸"));
        vertical.add(new Paragraph("主题", "滨江两岸迎来新春"));
        vertical.addAll(verticalText);
        Story v = new Story("v", "滨江两岸迎来新春", vertical, List.of(new FrameRef("p1", "vh"), new FrameRef("p1", "vt")));
        Story h = new Story("h", "经济运行总体平稳", Editions.paragraphs(3, 6, 200), List.of(new FrameRef("p1", "ht")));
        return new Edition("测试日报", LocalDate.of(2026, 4, 27), EditionSettings.defaults(), List.of(t),
                DefaultStyles.forBody(t.bodySize()), List.of(p1), List.of(v, h));
    }

    public static Edition page() {
        return page(List.of(new Paragraph("正文", PUNCTUATED), new Paragraph("正文",
                "本报讯 记者从市政府获悉，今年全市经济运行总体平稳，GDP增长5.2%，工业生产稳步增长，消费市场持续回暖。"
                        + "城乡居民收入稳定提高，农业生产形势良好，科技创新能力不断增强，生态环境质量明显改善。")));
    }
}
