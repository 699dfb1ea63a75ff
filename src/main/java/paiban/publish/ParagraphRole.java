package paiban.publish;

/**
 * What a paragraph is in the digital edition, read from its paragraph
 * style's name (the names of {@code DefaultStyles}; a style named after one,
 * 主题二 or 正文（加粗）, counts as it).
 */
public enum ParagraphRole {
    /** 引题, the line above the title. */
    KICKER,
    /** 主题, 主题二, 主题三, 转版标题. */
    TITLE,
    /** 副题. */
    SUBTITLE,
    /** 小标题, 栏目头: headings inside the text. */
    SUBHEAD,
    /** 电头: the agency/dateline opening. */
    DATELINE,
    /** 署名. */
    BYLINE,
    /** 图片说明. */
    CAPTION,
    /** 正文. */
    BODY,
    /** Anything else (报头, 报眉, 眉头, 广告 …): not article text. */
    OTHER;

    public static ParagraphRole of(String style) {
        if (style == null) return BODY;
        if (style.startsWith("引题")) return KICKER;
        if (style.startsWith("主题") || style.startsWith("转版标题")) return TITLE;
        if (style.startsWith("副题")) return SUBTITLE;
        if (style.startsWith("小标题") || style.startsWith("栏目头")) return SUBHEAD;
        if (style.startsWith("电头")) return DATELINE;
        if (style.startsWith("署名")) return BYLINE;
        if (style.startsWith("图片说明")) return CAPTION;
        if (style.startsWith("正文")) return BODY;
        return OTHER;
    }

    /** Part of a headline stack. */
    public boolean headline() {
        return this == KICKER || this == TITLE || this == SUBTITLE;
    }

    /** The running text an article is made of. */
    public boolean text() {
        return this == BODY || this == DATELINE;
    }
}
