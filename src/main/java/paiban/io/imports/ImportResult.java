package paiban.io.imports;

import paiban.model.style.CharStyle;
import java.util.List;

import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.StyleRole;
import paiban.model.style.StyleSheet;

/**
 * An imported story: the headline stack (引题 / 主题 / 副题, for a headline
 * frame) apart from the body story, the pictures and tables to place, and the report.
 * The body story has no frame chain yet.
 */
public record ImportResult(List<Paragraph> headline, Story body, List<ImportedImage> images, ImportReport report,
                           List<CharStyle> charStyles, List<ImportedTable> tables) {
    public ImportResult {
        headline = List.copyOf(headline);
        images = List.copyOf(images);
        charStyles = charStyles == null ? List.of() : List.copyOf(charStyles);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** A result whose runs use only the default character styles (粗体), without tables. */
    public ImportResult(List<Paragraph> headline, Story body, List<ImportedImage> images, ImportReport report) {
        this(headline, body, images, report, List.of(), List.of());
    }

    /**
     * The same story in an edition's styles: import names its paragraphs by
     * the standard style of their role (正文, 主题, 电头 …); a name the sheet
     * lacks becomes the name of the sheet's style of that role, so copy
     * placed into an edition whose 主题 is called 要闻主题 is set as 要闻主题.
     */
    public ImportResult inSheet(StyleSheet sheet) {
        return new ImportResult(inSheet(headline, sheet), body.withParagraphs(inSheet(body.paragraphs(), sheet)), images,
                report, charStyles, tables);
    }

    private static List<Paragraph> inSheet(List<Paragraph> ps, StyleSheet sheet) {
        return ps.stream().map(p -> sheet.find(p.style()).isPresent() ? p
                : p.withStyle(sheet.nameOf(StyleRole.ofStandardName(p.style())))).toList();
    }

    /** The same copy with the tables of the document (.docx tables, to place as table frames). */
    public ImportResult withTables(List<ImportedTable> t) {
        return new ImportResult(headline, body, images, report, charStyles, t);
    }

    /** Headline then body, as one list (for a proof or a single-frame placement). */
    public List<Paragraph> allParagraphs() {
        return java.util.stream.Stream.concat(headline.stream(), body.paragraphs().stream()).toList();
    }
}
