package paiban.compose.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.model.style.ProhibitionLevel;

class BreakOpportunitiesTest {

    @ParameterizedTest(name = "{0} is class {1}")
    @CsvSource({
            "中, 0", "a, 1", "7, 2", "，, 5", "。, 5", "？, 6", "！, 6", "」, 7", "”, 7", "《, 8", "“, 8",
            "·, 9", "・, 9", "%, 10", "℃, 10", "￥, 11", "$, 11", "—, 12", "…, 13", "'.', 14", "(, 15", "々, 19"
    })
    void classesComeFromTheTable(String ch, int expected) {
        assertEquals(expected, CharClass.of(ch.codePointAt(0)));
    }

    /**
     * Break strengths after each character of the string: C cluster, P prohibited,
     * A allowed; the last position (the paragraph's end) is always allowed.
     */
    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource({
            "中文字, STRICT, AAA",
            "2023年, STRICT, CCCAA",
            "3.8万, STRICT, CCAA",
            "￥50元, STRICT, CCAA",
            "￥50元, BASIC, CCAA",
            "价￥5, STRICT, ACA",
            "价￥元, STRICT, APA",
            "价￥元, BASIC, AAA",
            "5G网, STRICT, CAA",
            "iPhone 15, STRICT, CCCCCCCCA",
            "Hi you, STRICT, CCACCA",
            "50%。, STRICT, CCPA",
            "中——文, STRICT, ACAA",
            "中……文, STRICT, ACAA",
            "中，文, STRICT, PAA",
            "中？文, NEWSPAPER, AAA",
            "中？文, STRICT, PAA",
            "中，文, NONE, AAA",
            "「中」, STRICT, PPA",
            "中·文, BASIC, AAA",
            "中·文, STRICT, PAA",
            "COVID-19, STRICT, CCCCCCCA",
            "-5度, STRICT, CAA",
            "C++语言, STRICT, CCAAA",
            "a@b.cn, STRICT, CCCCCA",
            "２０２３年, STRICT, CCCAA",
            "2024—2030年, STRICT, CCCPACCCAA",
            "2024—2030年, BASIC, CCCPACCCAA",
            "2024—2030年, NONE, CCCAACCCAA",
            "5～10, STRICT, PACA",
            "5〜10, STRICT, PACA",
            "北京-上海, STRICT, APAAA",
            "北京—上海, NEWSPAPER, APAAA",
            "温度-5℃, STRICT, AACCA",
    })
    void breakStrengths(String text, ProhibitionLevel level, String expected) {
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        byte[] cls = new byte[n];
        for (int i = 0; i < n; i++) cls[i] = CharClass.of(cps[i]);
        byte[] out = new byte[n + 1];
        BreakOpportunities.compute(cps, cls, n, level, out);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append("CPA".charAt(out[i]));
        assertEquals(expected, sb.toString());
    }
}
