package paiban.io.imports;

import paiban.model.style.CharStyle;
import java.util.List;

import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/**
 * An imported story: the headline stack (引题 / 主题 / 副题, for a headline
 * frame) apart from the body story, the pictures to place, and the report.
 * The body story has no frame chain yet.
 */
public record ImportResult(List<Paragraph> headline, Story body, List<ImportedImage> images, ImportReport report,
                           List<CharStyle> charStyles) {
    public ImportResult {
        headline = List.copyOf(headline);
        images = List.copyOf(images);
        charStyles = List.copyOf(charStyles);
    }

    /** A result whose runs use only the default character styles (粗体). */
    public ImportResult(List<Paragraph> headline, Story body, List<ImportedImage> images, ImportReport report) {
        this(headline, body, images, report, List.of());
    }

    /** Headline then body, as one list (for a proof or a single-frame placement). */
    public List<Paragraph> allParagraphs() {
        return java.util.stream.Stream.concat(headline.stream(), body.paragraphs().stream()).toList();
    }
}
