package paiban.io.imports;

import paiban.model.story.Paragraph;
import paiban.model.style.StyleRole;

/**
 * A paragraph on its way through the import: its text and the style found so
 * far. {@code fromSource} marks a style the document itself named (a mapped
 * Word style), which structure recognition leaves alone.
 */
final class Draft {
    final RichText text;
    String style;
    final boolean fromSource;
    /** The line (text) or paragraph (Word) of the source it starts on, 1-based; 0 when unknown. */
    int line;
    /** A typed 下转 jump line ended this paragraph (removed): the story continues elsewhere. */
    boolean jumpedOut;
    /** A typed 上接 jump line started this paragraph (removed): it continues a paragraph from elsewhere. */
    boolean jumpedIn;

    Draft(RichText text, String style, boolean fromSource) {
        this.text = text;
        this.style = style;
        this.fromSource = fromSource;
    }

    static Draft plain(String text) {
        return new Draft(RichText.of(text), StyleRole.BODY.standardName(), false);
    }

    String plainText() { return text.toString(); }

    Paragraph toParagraph() {
        return new Paragraph(style, text.toString(), text.runs());
    }
}
