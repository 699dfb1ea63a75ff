package paiban.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import paiban.compose.line.ComposedLine;
import paiban.compose.line.LineCursor;
import paiban.compose.line.ParagraphSetter;
import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.model.PageNames;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.story.Paragraph;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/**
 * Full pages of body text set with the real line composer but without the
 * flow: each basic column of the type area filled line by line. For
 * export benchmarks and tests that need realistic pages independent of the
 * edition composer.
 */
public final class GeneratedPages {
    /** Common characters of news text, and the punctuation that breaks it up. */
    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
    private static final String PUNCT = "，，，。、；：？！";

    private GeneratedPages() {}

    /** {@code count} paragraphs of news-like text, the same for the same seed. */
    public static List<Paragraph> paragraphs(long seed, int count, int minChars, int maxChars) {
        Random r = new Random(seed);
        List<Paragraph> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int n = minChars + r.nextInt(Math.max(1, maxChars - minChars + 1));
            StringBuilder sb = new StringBuilder(n + 8);
            int sinceMark = 0;
            for (int i = 0; i < n - 1; i++) {
                if (sinceMark > 6 && r.nextInt(10) == 0) {
                    sb.append(PUNCT.charAt(r.nextInt(PUNCT.length())));
                    sinceMark = 0;
                } else if (r.nextInt(60) == 0) {
                    sb.append(1990 + r.nextInt(40)).append('年');
                    i += 4;
                    sinceMark++;
                } else {
                    sb.append(HAN.charAt(r.nextInt(HAN.length())));
                    sinceMark++;
                }
            }
            sb.append('。');
            out.add(new Paragraph(StyleSheet.BODY, sb.toString()));
        }
        return out;
    }

    /**
     * A page of {@code template} whose basic columns are filled with {@code paragraphs}
     * in body style, from the first line of the first column on, as far as they go.
     */
    public static PageLayout textPage(ParagraphSetter setter, StyleSheet sheet, PageTemplate template,
                                      List<Paragraph> paragraphs, int number, String storyId) {
        ParagraphStyle body = sheet.paragraph(StyleSheet.BODY);
        List<Mark> marks = new ArrayList<>();
        int ascent = (int) Math.round(body.size() * 0.88);
        int col = 0, line = 0;
        outer:
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Paragraph para = paragraphs.get(pi);
            LineCursor cursor = setter.start(para, body, sheet);
            while (cursor.hasNext()) {
                if (line >= template.lines()) {
                    line = 0;
                    if (++col >= template.columns()) break outer;
                }
                ComposedLine cl = cursor.next(template.columnWidth());
                List<GlyphRun> runs = cl.runs();
                marks.add(new LineBox(template.columnLeft(col), template.lineTop(line) + ascent, cl.width(), runs,
                        storyId, pi, cl.start(), cl.end()));
                line++;
            }
        }
        Rect area = template.typeArea();
        FrameInfo info = new FrameInfo("body", FrameKind.TEXT, area, storyId, 0, List.of(area), 0, 0, 0, 0);
        return new PageLayout("p" + number, number, PageNames.chineseNumeral(number) + "版", template.trimWidth(),
                template.trimHeight(), marks, List.of(info));
    }
}
