package paiban.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageLabels;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;

/** Inserts a page at {@code index}; later pages renumber (counting labels too) and jump lines follow. */
public record AddPage(int index, Page page) implements Change {
    @Override
    public Applied apply(Edition edition) {
        if (edition.page(page.id()).isPresent()) throw new IllegalArgumentException("the edition already has a page " + page.id());
        if (index < 0 || index > edition.pages().size())
            throw new IllegalArgumentException("cannot insert a page at " + (index + 1) + " of " + edition.pages().size());
        List<Page> pages = new ArrayList<>(edition.pages());
        pages.add(index, page);
        return new Applied(edition.withPages(PageLabels.follow(edition.pages(), pages)),
                new DeletePage(page.id(), KeptLabels.of(edition.pages())));
    }

    @Override
    public String descriptionKey() { return "change.addPage"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.page(page.id()), Touch.PAGE_ORDER); }

    /**
     * Removes a page with its frames; stories lose the links to them but keep
     * their text (what no longer fits is overset). Counting labels are
     * counted again, unless {@code labels} (page id → label) gives them, as
     * when undoing an added page.
     */
    public record DeletePage(String pageId, Map<String, String> labels) implements Change {
        public DeletePage {
            labels = Map.copyOf(labels);
        }

        public DeletePage(String pageId) {
            this(pageId, Map.of());
        }

        @Override
        public Applied apply(Edition edition) {
            int index = edition.pageNumber(pageId) - 1;
            if (index < 0) throw new IllegalArgumentException("no page " + pageId);
            if (edition.pages().size() == 1) throw new IllegalArgumentException("an edition keeps at least one page");
            Page page = edition.pages().get(index);
            List<Page> pages = new ArrayList<>(edition.pages());
            pages.remove(index);
            Edition next = edition.withPages(KeptLabels.put(PageLabels.follow(edition.pages(), pages), labels));
            List<Story> before = new ArrayList<>();
            for (Story s : edition.stories()) {
                List<FrameRef> chain = s.chain().stream().filter(r -> !r.pageId().equals(pageId)).toList();
                if (chain.size() != s.chain().size()) {
                    before.add(s);
                    next = next.withStory(s.withChain(chain));
                }
            }
            return new Applied(next, new RestorePage(index, page, before, KeptLabels.of(edition.pages())));
        }

        @Override
        public String descriptionKey() { return "change.deletePage"; }

        @Override
        public Set<Touch> touches() { return Set.of(Touch.page(pageId), Touch.PAGE_ORDER); }
    }

    /** Undoes a deletion: the page back in its place, the stories back in their chains, the labels as they were. */
    public record RestorePage(int index, Page page, List<Story> stories, Map<String, String> labels) implements Change {
        public RestorePage {
            stories = List.copyOf(stories);
            labels = Map.copyOf(labels);
        }

        public RestorePage(int index, Page page, List<Story> stories) {
            this(index, page, stories, Map.of());
        }

        @Override
        public Applied apply(Edition edition) {
            List<Page> pages = new ArrayList<>(edition.pages());
            pages.add(Math.min(index, pages.size()), page);
            Edition next = edition.withPages(KeptLabels.put(PageLabels.follow(edition.pages(), pages), labels));
            for (Story s : stories) next = next.withStory(s);
            return new Applied(next, new DeletePage(page.id(), KeptLabels.of(edition.pages())));
        }

        @Override
        public String descriptionKey() { return "change.deletePage"; }

        @Override
        public Set<Touch> touches() { return Touch.withStories(stories, Touch.page(page.id()), Touch.PAGE_ORDER); }
    }
}
