package paiban.compose.line;

import paiban.compose.text.MissingGlyphs;
import paiban.font.FontLibrary;
import paiban.model.story.Paragraph;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/**
 * Entry point of Chinese line composition (W3C clreq, SPEC §5): paragraph +
 * style → a cursor that sets one line per call at whatever measure the flow
 * gives it. The paragraph is measured once here (classes, glyphs, advances,
 * compression, break opportunities); lines are then cut from those arrays.
 * Characters a face lacks are set in the first face of {@link FontLibrary#fallbacks} that has them and
 * recorded in {@link #missingGlyphs()} for preflight.
 */
public final class ParagraphSetter {
    private final FontLibrary fonts;
    private final MissingGlyphs missing;

    public ParagraphSetter(FontLibrary fonts) {
        this(fonts, new MissingGlyphs());
    }

    public ParagraphSetter(FontLibrary fonts, MissingGlyphs missing) {
        this.fonts = fonts;
        this.missing = missing;
    }

    public FontLibrary fonts() { return fonts; }

    /** Every character set in a fallback face by paragraphs this setter started. */
    public MissingGlyphs missingGlyphs() { return missing; }

    /**
     * A cursor over the paragraph's lines. The concrete type is {@link ParagraphCursor},
     * which also tells which of this paragraph's characters fell back.
     */
    public LineCursor start(Paragraph paragraph, ParagraphStyle style, StyleSheet sheet) {
        ParagraphText text = ParagraphText.measure(paragraph, style, sheet, fonts, missing);
        int indent = (int) Math.round(style.indentChars() * style.size());
        return new ParagraphCursor(text, Math.max(indent, 0), style.alignment(), style.leftIndent(), style.rightIndent(),
                style.spreadWidth());
    }
}
