package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import paiban.model.Edition;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.PunctuationWidth;
import paiban.model.style.TypeSettings;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;

/** The type settings rows of a paragraph style: each edit replaces the style with the new settings. */
@InLanguage("zh")
class TypeSettingsRowsTest {
    Edition e;

    @BeforeEach
    void setUp() {
        e = TestEditions.twoPages();
    }

    private PropertyRow row(String name) {
        List<PropertyRow> rows = TypeSettingsRows.of(e.styles().paragraph("主题"));
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private TypeSettings after(String name, Object value) {
        Edition changed = row(name).change(value).apply(e).edition();
        return changed.styles().paragraph("主题").type();
    }

    @ParameterizedTest
    @CsvSource({"长一, 90, 100", "长四, 60, 100", "扁二, 100, 80", "正常, 100, 100", "85, 85, 100", "95/85, 95, 85",
            "85%, 85, 100"})
    void scaleStepsAndPercentages(String typed, int h, int v) {
        TypeSettings t = after("长扁", typed);
        assertEquals(h, t.horizontalScale());
        assertEquals(v, t.verticalScale());
    }

    @Test
    void shownAsTheStepOrThePercentages() {
        assertEquals("正常", row("长扁").value());
        assertEquals("长二", TypeSettingsRows.scaleName(TypeSettings.DEFAULT.withScale(80, 100)));
        assertEquals("85%", TypeSettingsRows.scaleName(TypeSettings.DEFAULT.withScale(85, 100)));
        assertEquals("95%/85%", TypeSettingsRows.scaleName(TypeSettings.DEFAULT.withScale(95, 85)));
    }

    @Test
    void trackingPunctuationAndRefusals() {
        assertEquals(50, after("字距（1/1000 字）", 50).tracking());
        assertEquals(PunctuationWidth.FULL, after("标点宽度", "全身").punctuation());
        assertThrows(IllegalArgumentException.class, () -> after("长扁", "5"));
        assertThrows(IllegalArgumentException.class, () -> after("长扁", "很长"));
        assertThrows(IllegalArgumentException.class, () -> after("字距（1/1000 字）", 99_999));
        // the other settings of the style stay
        ParagraphStyle before = e.styles().paragraph("主题");
        Edition changed = row("字宽 %").change(70).apply(e).edition();
        assertEquals(before.withType(before.type().withScale(70, 100)), changed.styles().paragraph("主题"));
    }
}
