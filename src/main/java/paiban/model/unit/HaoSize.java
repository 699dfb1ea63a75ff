package paiban.model.unit;

import java.util.Optional;

/** The traditional Chinese type sizes (号), as SPEC §2 lists them. */
public enum HaoSize {
    CHU_HAO("初号", 42), XIAO_CHU("小初", 36), YI_HAO("一号", 26), XIAO_YI("小一", 24),
    ER_HAO("二号", 22), XIAO_ER("小二", 18), SAN_HAO("三号", 16), XIAO_SAN("小三", 15),
    SI_HAO("四号", 14), XIAO_SI("小四", 12), WU_HAO("五号", 10.5), XIAO_WU("小五", 9),
    LIU_HAO("六号", 7.5), XIAO_LIU("小六", 6.5), QI_HAO("七号", 5.5), BA_HAO("八号", 5);

    private final String chinese;
    private final double points;

    HaoSize(String chinese, double points) {
        this.chinese = chinese;
        this.points = points;
    }

    public String chinese() { return chinese; }

    public double points() { return points; }

    public int mpt() { return Units.pt(points); }

    public static Optional<HaoSize> byName(String name) {
        for (HaoSize h : values()) {
            if (h.chinese.equals(name)) return Optional.of(h);
        }
        return Optional.empty();
    }

    /** The 号 name of an exact size, if it is one. */
    public static Optional<HaoSize> ofMpt(int mpt) {
        for (HaoSize h : values()) {
            if (h.mpt() == mpt) return Optional.of(h);
        }
        return Optional.empty();
    }

    /**
     * Parses a size as users write it: points ("10.5", "9pt") or a 号 name ("五号").
     * @throws IllegalArgumentException with a readable message
     */
    public static int parseSize(String text) {
        String t = text.trim();
        Optional<HaoSize> hao = byName(t);
        if (hao.isPresent()) return hao.get().mpt();
        if (t.endsWith("pt")) t = t.substring(0, t.length() - 2).trim();
        try {
            double v = Double.parseDouble(t);
            if (v <= 0 || v > 1000) throw new IllegalArgumentException("size out of range: " + text);
            return Units.pt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size in points or 号: " + text);
        }
    }
}
