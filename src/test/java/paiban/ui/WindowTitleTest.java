package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

@InLanguage("zh")
class WindowTitleTest {
    @Test
    void namesTheEditionDateAndFile() {
        assertEquals("明城日报 2026-04-25（edition.json）— 排版 Paiban",
                WindowTitle.of(TestEditions.twoPages(), Path.of("/tmp/a/edition.json")));
    }

    @Test
    void anEmptyEditionIsUntitled() {
        assertEquals("未命名版面 — 排版 Paiban", WindowTitle.of(EditionDocument.emptyEdition(), null));
    }
}
