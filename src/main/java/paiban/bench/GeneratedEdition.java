package paiban.bench;

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
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TextFrame;
import paiban.model.frame.TextWrap;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.DefaultStyles;
import paiban.model.unit.Units;

/**
 * A deterministic edition the size of a real daily for benchmarks: 对开
 * pages with a running header, eight stories a page (headline frame and a
 * four-column text frame each), a wrapped photo and rules; the lead story of
 * every even page jumps to the next page.
 */
public final class GeneratedEdition {
    private static final String HAN = "本报讯记者从市政府获悉今年全市经济运行总体平稳工业生产稳步增长消费市场持续回暖"
            + "城乡居民收入稳定提高农业生产形势良好科技创新能力不断增强生态环境质量明显改善人民群众获得感幸福感安全感"
            + "交通建设加快推进教育医疗养老等民生事业全面发展文化旅游融合释放新活力";

    private GeneratedEdition() {}

    /** Deterministic news-like text of about {@code chars} characters. */
    public static String text(Random r, int chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            int clause = 4 + r.nextInt(14);
            for (int i = 0; i < clause; i++) sb.append(HAN.charAt(r.nextInt(HAN.length())));
            int p = r.nextInt(12);
            sb.append(p < 7 ? "，" : p < 10 ? "。" : p == 10 ? "、" : "；");
            if (r.nextInt(30) == 0) sb.append("同比增长5.2%，");
        }
        sb.append("。");
        return sb.toString();
    }

    /** Paragraphs of about {@code chars} characters in all, after a 主题 headline. */
    public static List<Paragraph> story(Random r, int chars) {
        List<Paragraph> ps = new ArrayList<>();
        ps.add(new Paragraph("主题", text(r, 8).substring(0, 8)));
        int left = chars;
        while (left > 0) {
            String t = text(r, Math.min(left, 80 + r.nextInt(220)));
            ps.add(new Paragraph("正文", t));
            left -= t.length();
        }
        return ps;
    }

    public static Edition of(int pages, long seed) {
        PageTemplate t = PageTemplate.duikai();
        Random r = new Random(seed);
        List<Page> ps = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            String pid = "p" + (p + 1);
            List<Frame> frames = new ArrayList<>();
            frames.add(new HeaderFrame("header", new Rect(t.marginLeft(), t.marginTop() - Units.mm(10), t.typeWidth(), Units.mm(7)),
                    "{date}  {name}  {section}"));
            for (int band = 0; band < 4; band++) {
                for (int half = 0; half < 2; half++) {
                    int slot = band * 2 + half;
                    int line = band * 25 + 1;
                    frames.add(new HeadlineFrame("h" + slot, t.gridRect(half * 4, 4, line, 3)));
                    frames.add(new TextFrame("t" + slot, t.gridRect(half * 4, 4, line + 3, 21), 4, t.gap()));
                    if (band > 0) {
                        frames.add(new RuleFrame("r" + slot, new Rect(t.columnLeft(half * 4), t.lineTop(line) - Units.pt(4),
                                t.spanWidth(4), 500), RuleStyle.SOLID, 500));
                    }
                }
            }
            frames.add(new ImageFrame("photo", new Rect(t.columnLeft(5), t.lineTop(32), t.spanWidth(2), t.spanHeight(9)),
                    "photo-" + (p + 1) + ".jpg", "").withWrap(new TextWrap(Units.pt(4))));
            ps.add(new Page(pid, String.format("A%02d", p + 1), p == 0 ? "要闻" : "综合", t.name(), frames));
            for (int slot = 0; slot < 8; slot++) {
                boolean jumps = slot == 0 && p % 2 == 0 && p + 1 < pages;
                boolean continuation = slot == 7 && p % 2 == 1;
                if (continuation) continue;
                List<FrameRef> chain = new ArrayList<>();
                chain.add(new FrameRef(pid, "h" + slot));
                chain.add(new FrameRef(pid, "t" + slot));
                if (jumps) chain.add(new FrameRef("p" + (p + 2), "t7"));
                stories.add(new Story(pid + "-s" + slot, "第" + slot + "条", story(r, jumps ? 2500 : 1280), chain));
            }
        }
        return new Edition("生成日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(t),
                DefaultStyles.forBody(t.bodySize()), ps, stories);
    }

    /** Characters in all stories. */
    public static int characters(Edition e) {
        return e.stories().stream().mapToInt(Story::characterCount).sum();
    }
}
