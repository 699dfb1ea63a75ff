package paiban.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import paiban.model.frame.Frame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.model.style.StyleSheet;

/**
 * One issue of the paper: its pages in order, its stories and styles.
 * Immutable; an edit produces a new edition.
 */
public record Edition(String name, LocalDate date, EditionSettings settings, List<PageTemplate> templates,
                      StyleSheet styles, List<Page> pages, List<Story> stories) {
    public Edition {
        if (name == null) name = "";
        if (settings == null) settings = EditionSettings.defaults();
        templates = List.copyOf(templates);
        pages = List.copyOf(pages);
        stories = List.copyOf(stories);
        if (styles == null) throw new IllegalArgumentException("edition needs a style sheet");
    }

    public Optional<PageTemplate> template(String templateName) {
        for (PageTemplate t : templates) if (t.name().equals(templateName)) return Optional.of(t);
        return Optional.empty();
    }

    /** The page's template; the first template when its name is unknown. */
    public PageTemplate templateOf(Page page) {
        return template(page.template()).orElse(templates.get(0));
    }

    public Optional<Page> page(String pageId) {
        for (Page p : pages) if (p.id().equals(pageId)) return Optional.of(p);
        return Optional.empty();
    }

    /** 1-based number of a page, by its position; 0 when it is not in the edition. */
    public int pageNumber(String pageId) {
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).id().equals(pageId)) return i + 1;
        return 0;
    }

    public Optional<Story> story(String storyId) {
        for (Story s : stories) if (s.id().equals(storyId)) return Optional.of(s);
        return Optional.empty();
    }

    public Optional<Frame> frame(FrameRef ref) {
        return page(ref.pageId()).flatMap(p -> p.frame(ref.frameId()));
    }

    /** The story whose chain holds the frame, if any. */
    public Optional<Story> storyOfFrame(String frameId) {
        for (Story s : stories) if (s.threads(frameId)) return Optional.of(s);
        return Optional.empty();
    }

    public Edition withPages(List<Page> newPages) {
        return new Edition(name, date, settings, templates, styles, newPages, stories);
    }

    public Edition withPage(Page changed) {
        List<Page> list = new ArrayList<>(pages);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(changed.id())) {
                list.set(i, changed);
                return withPages(list);
            }
        }
        throw new IllegalArgumentException("no page " + changed.id());
    }

    public Edition withStories(List<Story> newStories) {
        return new Edition(name, date, settings, templates, styles, pages, newStories);
    }

    public Edition withStory(Story changed) {
        List<Story> list = new ArrayList<>(stories);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(changed.id())) {
                list.set(i, changed);
                return withStories(list);
            }
        }
        list.add(changed);
        return withStories(list);
    }

    public Edition withStyles(StyleSheet newStyles) {
        return new Edition(name, date, settings, templates, newStyles, pages, stories);
    }

    public Edition withSettings(EditionSettings newSettings) {
        return new Edition(name, date, newSettings, templates, styles, pages, stories);
    }

    /** Moves the page at {@code from} to index {@code to}; pages renumber by position, and so do counting labels. */
    public Edition movePage(int from, int to) {
        List<Page> list = new ArrayList<>(pages);
        Page p = list.remove(from);
        list.add(to, p);
        return withPages(PageLabels.follow(pages, list));
    }
}
