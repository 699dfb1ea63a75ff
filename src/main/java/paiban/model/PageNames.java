package paiban.model;

/** How a page is called in jump lines and headers: 第十二版 or A3版. */
public final class PageNames {
    private static final String DIGITS = "零一二三四五六七八九";

    private PageNames() {}

    /** Chinese numeral as used for page numbers: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
    public static String chineseNumeral(int n) {
        if (n < 0) throw new IllegalArgumentException("negative page number " + n);
        if (n < 10) return String.valueOf(DIGITS.charAt(n));
        if (n < 20) return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        if (n < 100) return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        if (n < 1000) {
            int rest = n % 100;
            String tail = rest == 0 ? "" : rest < 10 ? "零" + DIGITS.charAt(rest)
                    : rest < 20 ? "一" + chineseNumeral(rest) : chineseNumeral(rest);
            return DIGITS.charAt(n / 100) + "百" + tail;
        }
        return Integer.toString(n);
    }

    /**
     * The page's name without the 版 suffix: "第三" from its printed number ({@link PageNumbers}),
     * or "A3" from its label when the edition names pages by label. With section numbering a
     * numeral name carries its section ("B第三"), since every section has a 第三版.
     */
    public static String name(Edition edition, Page page) {
        PageNumbers numbers = PageNumbers.of(edition);
        String label = numbers.label(page.id());
        if (edition.settings().pageNaming() == PageNaming.LABEL && !label.isBlank()) return shortLabel(label);
        String name = "第" + chineseNumeral(numbers.number(page.id()));
        return edition.settings().sectionNumbering() ? page.section() + name : name;
    }

    /** "第三版" / "A3版". */
    public static String fullName(Edition edition, Page page) {
        return name(edition, page) + "版";
    }

    /** A03 → A3: jump lines print labels without leading zeros. */
    static String shortLabel(String label) {
        StringBuilder sb = new StringBuilder();
        boolean inLeadingZeros = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && (i == 0 || !(label.charAt(i - 1) >= '0' && label.charAt(i - 1) <= '9'))) inLeadingZeros = true;
            if (inLeadingZeros && c == '0' && i + 1 < label.length()
                    && label.charAt(i + 1) >= '0' && label.charAt(i + 1) <= '9') continue;
            inLeadingZeros = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
