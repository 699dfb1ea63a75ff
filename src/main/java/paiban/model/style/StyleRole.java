package paiban.model.style;

/**
 * What a paragraph style is for. The composer, import, the canvas and the
 * digital edition go by a style's role, never by its name, so a designer may
 * rename a style (主题 → 要闻主题) or make a new one and keep the behaviour.
 * Each role has the name of its style in the default sheet ({@link #standardName()}),
 * which is also how a version-1 file's styles get their roles.
 */
public enum StyleRole {
    /** 正文: running text. */
    BODY("正文"),
    /** 引题: the line above the main headline. */
    KICKER("引题"),
    /** 主题: the main headline. */
    TITLE("主题"),
    /** 副题: the line below the main headline. */
    SUBTITLE("副题"),
    /** 小标题: a subhead inside the text. */
    SUBHEAD("小标题"),
    /** 电头: 本报讯（记者 …）. */
    DATELINE("电头"),
    /** 署名: the byline or credit. */
    BYLINE("署名"),
    /** 图片说明: a photo caption. */
    CAPTION("图片说明"),
    /** 栏目头: the head of a regular column. */
    COLUMN_HEAD("栏目头"),
    /** 转版标题: the headline repeated where a story continues on another page. */
    CONTINUATION_TITLE("转版标题"),
    /** 下转: the jump line where a story leaves a page. */
    JUMP_TO("下转"),
    /** 上接: the jump line where a story continues. */
    JUMP_FROM("上接"),
    /** 广告: the name on an ad placeholder. */
    AD("广告"),
    /** 报头: the masthead. */
    MASTHEAD("报头"),
    /** 报眉: the ear beside the masthead (date, issue, weather). */
    EAR("报眉"),
    /** 眉头: the running head of a page. */
    RUNNING_HEAD("眉头");

    private final String standardName;

    StyleRole(String standardName) { this.standardName = standardName; }

    /** The name of this role's style in the default sheet (正文, 主题 …). */
    public String standardName() { return standardName; }

    /**
     * The role a style's name says it has: that of the standard name it
     * begins with (主题 and 主题二 → {@link #TITLE}, 眉头右 → {@link #RUNNING_HEAD}),
     * the longest one when several fit; {@link #BODY} for any other name.
     * This is how a version-1 file's styles get their roles.
     */
    public static StyleRole ofStandardName(String name) {
        StyleRole best = BODY;
        int length = 0;
        for (StyleRole r : values()) {
            if (name != null && name.startsWith(r.standardName) && r.standardName.length() > length) {
                best = r;
                length = r.standardName.length();
            }
        }
        return best;
    }

    /** 引题, 主题, 副题 and 转版标题: set as display lines across a headline frame. */
    public boolean display() {
        return this == KICKER || this == TITLE || this == SUBTITLE || this == CONTINUATION_TITLE;
    }
}
