package paiban.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.preflight.Finding;
import paiban.preflight.Preflight;
import paiban.ui.TestEditions;

class EditionTemplatesTest {
    @ParameterizedTest
    @CsvSource({"对开, 8, 390, 545", "四开, 4, 270, 390", "对开, 24, 390, 545", "四开, 1, 270, 390"})
    void aNewEditionComposesAndPassesPreflight(String templateName, int pages, int widthMm, int heightMm) {
        PageTemplate t = EditionTemplates.presets().stream().filter(p -> p.name().equals(templateName)).findFirst().orElseThrow();
        Edition e = EditionTemplates.create(new NewEditionSpec("明城日报", LocalDate.of(2026, 4, 25), t, pages));
        assertEquals(pages, e.pages().size());
        assertEquals(Math.round(widthMm * 1000 * 72 / 25.4), t.trimWidth(), 1);
        assertEquals(Math.round(heightMm * 1000 * 72 / 25.4), t.trimHeight(), 1);
        assertTrue(e.styles().find("正文").isPresent());
        EditionLayout layout = TestEditions.COMPOSER.compose(e);
        assertEquals(pages, layout.pages().size());
        // the running header is set from the page: 01 | 要闻
        String header = layout.pages().get(0).lines().get(0).text();
        assertTrue(header.contains("01") && header.contains("要闻"), header);
        List<Finding> findings = new Preflight(FontLibrary.shared()).check(e, layout, null);
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void sectionsFollowADailysOrderAndRepeatTheLast() {
        Edition e = EditionTemplates.create(new NewEditionSpec("", LocalDate.of(2026, 4, 25), PageTemplate.duikai(), 10));
        assertEquals(List.of("要闻", "要闻", "经济", "城市", "国际", "体育", "文化", "副刊", "副刊", "副刊"),
                e.pages().stream().map(p -> p.section()).toList());
        assertFalse(e.pages().stream().anyMatch(p -> p.frames().isEmpty()));
    }

    @Test
    void pageCountIsChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> new NewEditionSpec("", LocalDate.of(2026, 4, 25), PageTemplate.sikai(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new NewEditionSpec("", LocalDate.of(2026, 4, 25), PageTemplate.sikai(), NewEditionSpec.MAX_PAGES + 1));
    }
}
