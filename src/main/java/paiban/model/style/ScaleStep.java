package paiban.model.style;

/**
 * The named steps of 长体 (narrower: the width scaled) and 扁体 (flatter: the height
 * scaled) of Chinese typesetting, ten percent a step. Any other percentage is a
 * custom scale with no step.
 */
public enum ScaleStep {
    NORMAL("正常", 100, 100),
    CHANG_1("长一", 90, 100), CHANG_2("长二", 80, 100), CHANG_3("长三", 70, 100), CHANG_4("长四", 60, 100),
    BIAN_1("扁一", 100, 90), BIAN_2("扁二", 100, 80), BIAN_3("扁三", 100, 70), BIAN_4("扁四", 100, 60);

    private final String chinese;
    private final int horizontal;
    private final int vertical;

    ScaleStep(String chinese, int horizontal, int vertical) {
        this.chinese = chinese;
        this.horizontal = horizontal;
        this.vertical = vertical;
    }

    public String chinese() { return chinese; }

    /** Width of the glyphs in percent of normal. */
    public int horizontal() { return horizontal; }

    /** Height of the glyphs in percent of normal. */
    public int vertical() { return vertical; }

    /** The step of these scales, or null when they are a custom pair. */
    public static ScaleStep of(int horizontal, int vertical) {
        for (ScaleStep s : values()) if (s.horizontal == horizontal && s.vertical == vertical) return s;
        return null;
    }

    /** The step named 长二 (or CHANG_2), or null. */
    public static ScaleStep named(String name) {
        for (ScaleStep s : values()) if (s.chinese.equals(name) || s.name().equalsIgnoreCase(name)) return s;
        return null;
    }
}
