package paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import paiban.model.Edition;
import paiban.model.Limits;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageNaming;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFit;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TextFrame;
import paiban.model.frame.TextWrap;
import paiban.model.frame.VerticalAlign;
import paiban.model.story.CharRun;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.Alignment;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;
import paiban.model.style.StyleSheet;

/** Random editions using every field and odd values: text → model → text is the identity, both ways. */
class EditionRoundTripTest {
    private static final String[] WORDS = {"滨江", "“引号”", "a\"b", "back\\slash", "tab\there", "line\nbreak",
            "😀 emoji", "", " ", "{number} | {section}", "本报讯（记者 王晓）", "3.8万", "\u0001", "/path/x.jpg", "lone \ud800 half", "\udc00", "pair 𠀀", "两行\u2028标题"};

    @Test
    void fileBytesRoundTripThroughUtf8() throws Exception {
        Random r = new Random(7);
        for (int i = 0; i < 50; i++) {
            Edition e = edition(r);
            byte[] bytes = EditionFile.toJson(e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(e, EditionFile.fromJson(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "bytes-" + i));
        }
    }

    @Test
    void randomEditionsRoundTrip() throws Exception {
        Random r = new Random(20260425);
        for (int i = 0; i < 200; i++) {
            Edition e = edition(r);
            String json = EditionFile.toJson(e);
            Edition back = EditionFile.fromJson(json, "random-" + i);
            assertEquals(e, back, "edition " + i);
            assertEquals(json, EditionFile.toJson(back), "edition " + i + " writes the same text twice");
        }
    }

    private static String word(Random r) { return WORDS[r.nextInt(WORDS.length)]; }


    private static int len(Random r) { return r.nextInt(2_000_000); }

    private static Cmyk cmyk(Random r) { return new Cmyk(r.nextInt(101), r.nextInt(101), r.nextInt(101), r.nextInt(101)); }

    private static <E extends Enum<E>> E pick(Random r, Class<E> type) {
        E[] all = type.getEnumConstants();
        return all[r.nextInt(all.length)];
    }

    static Edition edition(Random r) {
        List<PageTemplate> templates = List.of(PageTemplate.duikai(), PageTemplate.sikai(),
                new PageTemplate("自定义", len(r) + 1, len(r) + 1, len(r), len(r), 9001, 1 + r.nextInt(20),
                        r.nextInt(3), 1 + r.nextInt(10), 1 + r.nextInt(120), 9001 + r.nextInt(9000)));
        List<ParagraphStyle> ps = new ArrayList<>();
        int nStyles = 1 + r.nextInt(5);
        for (int i = 0; i < nStyles; i++) {
            ps.add(new ParagraphStyle("样式" + i, pick(r, FontFamily.class), r.nextBoolean(), Limits.MIN_TYPE_SIZE + len(r) / 10,
                    1 + r.nextInt(6), r.nextInt(5) * 0.5 + (r.nextBoolean() ? 0.1 : 0), pick(r, Alignment.class),
                    r.nextInt(3), r.nextInt(3), pick(r, ProhibitionLevel.class), cmyk(r),
                    r.nextInt(3) * 0.5, r.nextInt(3), r.nextInt(3) * 2));
        }
        List<CharStyle> cs = List.of(new CharStyle("空", null, null, null),
                new CharStyle("全", pick(r, FontFamily.class), r.nextBoolean(), cmyk(r)));
        List<Page> pages = new ArrayList<>();
        List<FrameRef> refs = new ArrayList<>();
        int nPages = r.nextInt(4);
        for (int p = 0; p < nPages; p++) {
            String pageId = "page" + p;
            List<Frame> frames = new ArrayList<>();
            int nFrames = r.nextInt(8);
            for (int f = 0; f < nFrames; f++) {
                Frame frame = frame(r, "f" + p + "-" + f);
                frames.add(frame);
                refs.add(new FrameRef(pageId, frame.id()));
            }
            pages.add(new Page(pageId, word(r), word(r), templates.get(r.nextInt(3)).name(), frames,
                    r.nextInt(4) == 0 ? 1 + r.nextInt(30) : 0));
        }
        List<Story> stories = new ArrayList<>();
        int nStories = r.nextInt(5);
        for (int s = 0; s < nStories; s++) {
            List<Paragraph> paragraphs = new ArrayList<>();
            int nPar = r.nextInt(4);
            for (int k = 0; k < nPar; k++) {
                String text = word(r) + word(r) + word(r);
                List<CharRun> runs = new ArrayList<>();
                if (!text.isEmpty() && r.nextBoolean()) {
                    int a = r.nextInt(text.length());
                    runs.add(new CharRun(a, a + r.nextInt(text.length() - a + 1), r.nextBoolean() ? "空" : "全"));
                }
                paragraphs.add(new Paragraph("样式" + r.nextInt(nStyles), text, runs));
            }
            List<FrameRef> chain = new ArrayList<>();
            for (FrameRef ref : refs) if (r.nextInt(4) == 0) chain.add(ref);
            stories.add(new Story("s" + s, word(r), paragraphs, chain, r.nextBoolean(), r.nextBoolean()));
        }
        LocalDate date = r.nextBoolean() ? null : LocalDate.of(1990 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28));
        EditionSettings settings = new EditionSettings(pick(r, PageNaming.class), 100 + r.nextInt(301),
                len(r) % (Limits.MAX_BLEED + 1), 1 + r.nextInt(3) * r.nextInt(20), r.nextBoolean());
        return new Edition(word(r), date, settings, templates, new StyleSheet(ps, cs), pages, stories);
    }

    /** Plain half the time; else any mix of fill, tint, reversed and a border on some sides. */
    private static paiban.model.frame.FrameLook look(Random r) {
        if (r.nextBoolean()) return paiban.model.frame.FrameLook.NONE;
        paiban.model.frame.FrameBorder border = r.nextBoolean() ? null
                : new paiban.model.frame.FrameBorder(1 + r.nextInt(5000), pick(r, paiban.model.frame.BorderStyle.class),
                        cmyk(r), r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
        return new paiban.model.frame.FrameLook(r.nextBoolean() ? null : cmyk(r), 1 + r.nextInt(100), r.nextBoolean(), border);
    }

    private static Frame frame(Random r, String id) {
        Rect b = new Rect(len(r) - 500_000, len(r) - 500_000, len(r), len(r));
        TextWrap wrap = r.nextBoolean() ? null : new TextWrap(r.nextInt(20_000));
        boolean locked = r.nextBoolean();
        String group = r.nextBoolean() ? "" : word(r);
        switch (r.nextInt(6)) {
            case 0:
                return new TextFrame(id, b, 1 + r.nextInt(6), r.nextInt(20_000), r.nextInt(10_000),
                        pick(r, VerticalAlign.class), wrap, locked, group, look(r));
            case 1:
                return new HeadlineFrame(id, b, wrap, locked, group, look(r));
            case 2:
                return new ImageFrame(id, b, word(r), pick(r, ImageFit.class), r.nextBoolean() ? 1 : Limits.MIN_IMAGE_SCALE + r.nextDouble() * 3,
                        r.nextInt(100_000) - 50_000, r.nextInt(100_000) - 50_000, word(r), wrap, locked, group, r.nextInt(4));
            case 3:
                return new RuleFrame(id, b, pick(r, RuleStyle.class), 1 + r.nextInt(5000), cmyk(r), locked, group);
            case 4:
                return new AdFrame(id, b, word(r), word(r), r.nextBoolean() ? 1 : 1 + r.nextInt(40), wrap, locked, group);
            default:
                return new HeaderFrame(id, b, word(r), r.nextBoolean() ? "眉头" : "眉头右", locked, group);
        }
    }
}
