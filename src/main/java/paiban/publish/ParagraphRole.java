package paiban.publish;

import paiban.model.style.StyleSheet;

/**
 * What a paragraph is in the digital edition, read from the role of its
 * paragraph style (whatever the style is called); a paragraph naming no style
 * of the sheet is set as body text, so it counts as body.
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

    public static ParagraphRole of(StyleSheet sheet, String style) {
        if (style == null) return BODY;
        return switch (sheet.paragraph(style).role()) {
            case KICKER -> KICKER;
            case TITLE, CONTINUATION_TITLE -> TITLE;
            case SUBTITLE -> SUBTITLE;
            case SUBHEAD, COLUMN_HEAD -> SUBHEAD;
            case DATELINE -> DATELINE;
            case BYLINE -> BYLINE;
            case CAPTION -> CAPTION;
            case BODY -> BODY;
            case JUMP_TO, JUMP_FROM, AD, MASTHEAD, EAR, RUNNING_HEAD -> OTHER;
        };
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
