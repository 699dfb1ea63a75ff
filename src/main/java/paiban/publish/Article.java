package paiban.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import paiban.layout.FrameKind;
import paiban.model.Rect;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.StyleSheet;

/**
 * A story as the digital edition shows it: its headline stack (from the
 * headline frames that stand by it), its text, its photos with captions, and
 * the frames it covers on each page it runs on.
 *
 * @param slug       the article's file name without extension, unique in the edition
 * @param headline   the headline stack, 引题 / 主题 / 副题 paragraphs in order
 * @param body       the story's paragraphs after any headline paragraphs it begins with
 * @param photos     its photos, in page order
 * @param placements the pages it runs on, in the order of its chain
 * @param styles     the edition's styles, whose roles say what each paragraph is
 */
public record Article(String id, String slug, Story story, List<Paragraph> headline, List<Paragraph> body,
                      List<Photo> photos, List<Placement> placements, StyleSheet styles) {
    public Article {
        headline = List.copyOf(headline);
        body = List.copyOf(body);
        photos = List.copyOf(photos);
        placements = List.copyOf(placements);
    }

    /** A frame of the article on a page, where the layout put it. */
    public record PlacedFrame(String frameId, FrameKind kind, Rect bounds) {}

    /** The article's frames on one page, in z-order. */
    public record Placement(String pageId, List<PlacedFrame> frames) {
        public Placement {
            frames = List.copyOf(frames);
        }

        public List<Rect> rects() {
            return frames.stream().map(PlacedFrame::bounds).toList();
        }
    }

    /**
     * A photo of the article.
     *
     * @param file    the image file, null when it is missing
     * @param caption the caption's text ("" for none)
     */
    public record Photo(String pageId, String frameId, Path file, String caption) {}

    /** The title to list the article by: its 主题, else its first subhead (栏目头), else the story's title. */
    public String title() {
        for (Paragraph p : headline) if (ParagraphRole.of(styles, p.style()) == ParagraphRole.TITLE) return p.text();
        for (Paragraph p : body) if (ParagraphRole.of(styles, p.style()) == ParagraphRole.SUBHEAD) return p.text();
        return story.title().isBlank() ? story.id() : story.title();
    }

    /** Whether the stack has a 主题. */
    public boolean hasHeadline() {
        return headline.stream().anyMatch(p -> ParagraphRole.of(styles, p.style()) == ParagraphRole.TITLE);
    }

    public List<String> pageIds() {
        List<String> ids = new ArrayList<>();
        for (Placement p : placements) ids.add(p.pageId());
        return ids;
    }

    public Placement placement(String pageId) {
        for (Placement p : placements) if (p.pageId().equals(pageId)) return p;
        return null;
    }

    /** The body's text as the story holds it: paragraphs joined by newlines. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : body) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(p.text());
        }
        return sb.toString();
    }
}
