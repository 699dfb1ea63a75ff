package paiban.model.style;

/**
 * Logical type families of a Chinese newspaper, by the names a designer uses;
 * {@code paiban/font/families.properties} maps each to its font files. The file
 * format writes the Chinese name, so adding a family changes no existing file.
 * Listed in the order a family choice shows them: the 宋体 weights, the 黑体
 * weights, 楷体, 仿宋.
 */
public enum FontFamily {
    SONG("宋体"),
    /** 标宋: a heavier 宋体 for headlines. */
    BIAOSONG("标宋"),
    /** 小标宋: heavier than 标宋, the usual 主题 face of a daily. */
    XIAOBIAOSONG("小标宋"),
    /** 大标宋: the heaviest 宋体, for a lead's 主题. */
    DABIAOSONG("大标宋"),
    HEI("黑体"),
    /** 大黑: the heaviest 黑体. */
    DAHEI("大黑"),
    KAI("楷体"),
    FANGSONG("仿宋");

    private final String chinese;

    FontFamily(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }

    /** The family whose Chinese name is {@code name}, or null. */
    public static FontFamily ofChinese(String name) {
        for (FontFamily f : values()) if (f.chinese.equals(name)) return f;
        return null;
    }
}
