package paiban.ui.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import paiban.edit.ReplaceStyleSheet;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.FontFamily;
import paiban.model.style.StyleSheet;
import paiban.ui.panels.PropertyRow;

/** What the character style rows take as typed or picked, and what they refuse. */
@paiban.ui.InLanguage("zh")
class CharStyleRowsTest {
    static final CharStyle PLAIN = new CharStyle("字", null, null, null);
    StyleSheet sheet;

    @BeforeEach
    void sheet() {
        sheet = DefaultStyles.forBody(10_500).withCharStyles(List.of(PLAIN));
    }

    /** The style after committing {@code value} to row {@code name}. */
    private CharStyle set(CharStyle s, String name, Object value) {
        StyleSheet in = sheet.withCharStyles(List.of(s));
        PropertyRow row = CharStyleRows.of(in, s).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        return ((ReplaceStyleSheet) row.change(value)).sheet().charStyle(s.name()).orElseThrow();
    }

    @Test
    void sizesIn号OrPoints() {
        assertEquals(10_500, set(PLAIN, "字号 (号或磅)", "五号").size());
        assertEquals(5_000, set(PLAIN, "字号 (号或磅)", "八号").size());
        assertEquals(24_000, set(PLAIN, "字号 (号或磅)", "24pt").size());
        assertNull(set(PLAIN.withSize(9_000), "字号 (号或磅)", "（同段落）").size());
        assertThrows(IllegalArgumentException.class, () -> set(PLAIN, "字号 (号或磅)", "九号"));
        assertThrows(IllegalArgumentException.class, () -> set(PLAIN, "字号 (号或磅)", "2000"));
    }

    @Test
    void familiesBoldAndColour() {
        assertEquals(FontFamily.XIAOBIAOSONG, set(PLAIN, "字体", "小标宋").family());
        assertEquals(Boolean.TRUE, set(PLAIN, "粗体", "是").bold());
        assertEquals(Boolean.FALSE, set(PLAIN, "粗体", "否").bold());
        assertEquals(Cmyk.RED, set(PLAIN, "颜色 (CMYK)", "0 100 100 0").color());
        assertNull(set(PLAIN.withColor(Cmyk.RED), "颜色 (CMYK)", "（同段落）").color());
        assertThrows(IllegalArgumentException.class, () -> set(PLAIN, "颜色 (CMYK)", "300 0 0 0"));
    }

    @Test
    void scaleAsAStepOrPercentagesAndTracking() {
        CharStyle chang2 = set(PLAIN, "长扁", "长二");
        assertEquals(80, chang2.horizontalScale());
        assertEquals(100, chang2.verticalScale());
        assertEquals("长二", CharStyleRows.scaleName(chang2));
        CharStyle custom = set(PLAIN, "长扁", "100/85");
        assertEquals("100%/85%", CharStyleRows.scaleName(custom));
        assertEquals("扁一", CharStyleRows.scaleName(set(PLAIN, "长扁", "100/90")));
        assertEquals("（同段落）", CharStyleRows.scaleName(set(chang2, "长扁", "（同段落）")));
        assertThrows(IllegalArgumentException.class, () -> set(PLAIN, "长扁", "5"));
        assertEquals(-50, set(PLAIN, "字距（1/1000 字）", "-50").tracking());
        assertThrows(IllegalArgumentException.class, () -> set(PLAIN, "字距（1/1000 字）", "9000"));
        assertEquals(true, set(PLAIN, "着重号", true).emphasisDots());
    }
}
