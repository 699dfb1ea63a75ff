package paiban.layout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The composed edition: a value the editor and the exporter both read. */
public record EditionLayout(List<PageLayout> pages, Map<String, StoryFit> stories, List<String> warnings) {
    public EditionLayout {
        pages = List.copyOf(pages);
        stories = Map.copyOf(stories);
        warnings = List.copyOf(warnings);
    }

    public Optional<PageLayout> page(String pageId) {
        return pages.stream().filter(p -> p.pageId().equals(pageId)).findFirst();
    }
}
