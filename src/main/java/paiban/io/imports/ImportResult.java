package paiban.io.imports;

import java.util.List;

import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/**
 * An imported story: the headline stack (引题 / 主题 / 副题, for a headline
 * frame) apart from the body story, the pictures and tables to place, and the report.
 * The body story has no frame chain yet.
 */
public record ImportResult(List<Paragraph> headline, Story body, List<ImportedImage> images, ImportReport report,
                           List<ImportedTable> tables) {
    public ImportResult {
        headline = List.copyOf(headline);
        images = List.copyOf(images);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public ImportResult(List<Paragraph> headline, Story body, List<ImportedImage> images, ImportReport report) {
        this(headline, body, images, report, List.of());
    }

    /** The same copy with the tables of the document (.docx tables, to place as table frames). */
    public ImportResult withTables(List<ImportedTable> t) {
        return new ImportResult(headline, body, images, report, t);
    }

    /** Headline then body, as one list (for a proof or a single-frame placement). */
    public List<Paragraph> allParagraphs() {
        return java.util.stream.Stream.concat(headline.stream(), body.paragraphs().stream()).toList();
    }
}
