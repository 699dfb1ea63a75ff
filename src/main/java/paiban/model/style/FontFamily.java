package paiban.model.style;

/** Logical type families of a Chinese newspaper, mapped to shipped font files. */
public enum FontFamily {
    SONG("宋体"), HEI("黑体"), KAI("楷体"), FANGSONG("仿宋");

    private final String chinese;

    FontFamily(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }
}
