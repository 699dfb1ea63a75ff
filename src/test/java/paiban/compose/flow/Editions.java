package paiban.compose.flow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
import paiban.model.style.DefaultStyles;

/** Editions built in code for the flow tests. */
final class Editions {
    static final PageTemplate T = PageTemplate.duikai();
    private static final String HAN = "本报讯记者从市政府获悉今年全市经济运行总体平稳工业生产稳步增长消费市场持续回暖"
            + "城乡居民收入稳定提高农业生产形势良好科技创新能力不断增强生态环境质量明显改善人民群众获得感幸福感安全感";
    private static final String[] PUNCT = {"，", "。", "、", "；", "：", "“", "”", "（", "）", "《", "》"};

    private Editions() {}

    /** Deterministic news-like text of about {@code chars} characters. */
    static String text(Random r, int chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            int clause = 4 + r.nextInt(14);
            for (int i = 0; i < clause; i++) sb.append(HAN.charAt(r.nextInt(HAN.length())));
            int p = r.nextInt(10);
            if (p < 6) sb.append("，");
            else if (p < 8) sb.append("。");
            else if (p == 8) sb.append("《").append(HAN, 3, 7).append("》");
            else sb.append(PUNCT[r.nextInt(PUNCT.length)]);
            if (r.nextInt(25) == 0) sb.append("GDP增长5.2%");
        }
        sb.append("。");
        return sb.toString();
    }

    static List<Paragraph> paragraphs(long seed, int count, int charsEach) {
        Random r = new Random(seed);
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < count; i++) ps.add(new Paragraph("正文", text(r, charsEach / 2 + r.nextInt(charsEach))));
        return ps;
    }

    static TextFrame textFrame(String id, int col, int span, int line, int lines, int textColumns) {
        Rect r = T.gridRect(col, span, line, lines);
        return new TextFrame(id, r, textColumns, T.gap());
    }

    static Page page(String id, String label, List<Frame> frames) {
        return new Page(id, label, "要闻", T.name(), frames);
    }

    /**
     * Four pages; story "s" starts in frame "a" on page p1 (4 columns × 30
     * lines) and continues in frame "b" on page p3 (4 columns × 60 lines).
     */
    static Edition jumping(int paragraphs, int charsEach) {
        Page p1 = page("p1", "A01", List.of(textFrame("a", 0, 4, 10, 30, 4)));
        Page p2 = page("p2", "A02", List.of());
        Page p3 = page("p3", "A03", List.of(textFrame("b", 0, 4, 0, 60, 4)));
        Page p4 = page("p4", "A04", List.of());
        Story s = new Story("s", "经济运行总体平稳", paragraphs(7, paragraphs, charsEach),
                List.of(new FrameRef("p1", "a"), new FrameRef("p3", "b")));
        return new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(p1, p2, p3, p4), List.of(s));
    }
}
