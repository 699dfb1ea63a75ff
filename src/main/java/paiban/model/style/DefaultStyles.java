package paiban.model.style;

import java.util.List;

import paiban.model.unit.HaoSize;

/** The default styles of SPEC §6 for a page whose body size is {@code body}. */
public final class DefaultStyles {
    /** The character style Ctrl+B lays over a selection. */
    public static final String BOLD = "粗体";
    /** 粗体 as the default style sheet has it: the 黑体 bold face, the usual bold run of a Chinese daily. */
    public static final CharStyle BOLD_STYLE = new CharStyle(BOLD, FontFamily.HEI, true, null);

    /** 背题: grid lines of text a headline or subhead keeps below it in its column. */
    public static final int KEEP = 2;

    private DefaultStyles() {}

    /** "颜色 C0 M100 Y100 K0": the name of the character style that only colours its run. */
    public static String colourStyleName(Cmyk c) {
        return "颜色 C" + c.c() + " M" + c.m() + " Y" + c.y() + " K" + c.k();
    }

    /** The character style that colours its run and nothing else. */
    public static CharStyle colourStyle(Cmyk c) {
        return new CharStyle(colourStyleName(c), null, null, c);
    }

    /** "粗体 颜色 C0 M100 Y100 K0": bold as {@link #BOLD_STYLE}, in a colour. */
    public static CharStyle boldColourStyle(Cmyk c) {
        return new CharStyle(BOLD + " " + colourStyleName(c), BOLD_STYLE.family(), true, c);
    }

    public static StyleSheet forBody(int body) {
        var S = FontFamily.SONG;
        var H = FontFamily.HEI;
        var K = FontFamily.KAI;
        var J = Alignment.JUSTIFY;
        var C = Alignment.CENTER;
        var N = ProhibitionLevel.NEWSPAPER;
        var B = Cmyk.BLACK;
        return new StyleSheet(List.of(
                new ParagraphStyle("正文", S, false, body, 1, 2, J, 0, 0, N, B),
                new ParagraphStyle("引题", H, false, HaoSize.XIAO_SI.mpt(), 2, 0, C, 0, 0, N, B).withKeeps(KEEP, 0, 0),
                new ParagraphStyle("主题", H, true, HaoSize.XIAO_CHU.mpt(), 3, 0, C, 0, 0, N, B).withKeeps(KEEP, 0, 0),
                new ParagraphStyle("副题", S, false, HaoSize.XIAO_SI.mpt(), 2, 0, C, 0, 0, N, B).withKeeps(KEEP, 0, 0),
                new ParagraphStyle("小标题", H, true, body, 1, 0, J, 1, 0, N, B).withKeeps(KEEP, 0, 0),
                new ParagraphStyle("电头", S, false, body, 1, 2, J, 0, 0, N, B),
                new ParagraphStyle("署名", K, false, body, 1, 0, Alignment.RIGHT, 0, 0, N, B),
                new ParagraphStyle("图片说明", K, false, body, 1, 2, J, 0, 0, N, B),
                new ParagraphStyle("栏目头", H, true, HaoSize.SI_HAO.mpt(), 2, 0, C, 0, 0, N, B),
                new ParagraphStyle("转版标题", H, true, HaoSize.XIAO_ER.mpt(), 2, 0, C, 0, 0, N, B).withKeeps(KEEP, 0, 0),
                new ParagraphStyle("下转", H, false, body, 1, 0, Alignment.RIGHT, 0, 0, N, B),
                new ParagraphStyle("上接", H, false, body, 1, 0, Alignment.LEFT, 0, 0, N, B),
                new ParagraphStyle("广告", H, true, HaoSize.SAN_HAO.mpt(), 2, 0, C, 0, 0, N, B),
                new ParagraphStyle("报头", H, true, 72_000, 6, 0, C, 0, 0, N, Cmyk.RED),
                new ParagraphStyle("眉头", H, false, body, 1, 0, Alignment.LEFT, 0, 0, N, B)),
                List.of(BOLD_STYLE,
                        new CharStyle("强调", null, true, Cmyk.RED)));
    }
}
