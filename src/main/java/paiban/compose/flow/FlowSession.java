package paiban.compose.flow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.PageTemplate;
import paiban.model.frame.Frame;
import paiban.model.story.Story;

/**
 * The layout of an edition being edited. Give it each new edition after an
 * edit: when only story text changed, the changed stories are flowed again
 * from their first changed paragraph and stop as soon as a paragraph starts
 * where it started before; pages the stories do not touch keep their layout.
 * Anything else (frames, pages, styles, chains) composes the whole edition,
 * still from cached lines.
 */
public final class FlowSession {
    private static final int LINE_CACHE_ENTRIES = 60_000;
    /** Fewer stories than this are composed on the calling thread: forking would cost more than it saves. */
    static final int PARALLEL_FROM = 8;

    private final LineCache cache;
    private final PlanCache plans = new PlanCache();
    private final StoryMaterializer materializer;
    private final PageFurniture furniture;

    private Edition last;
    private Path lastBase;
    private EditionLayout lastLayout;
    private Map<String, StoryOutput> outputs = new LinkedHashMap<>();
    private Map<String, String> owners = new HashMap<>();
    private Map<String, PageParts> parts = new HashMap<>();
    private List<String> threadWarnings = List.of();
    private int composedParagraphs;
    /**
     * Stories in parallel: null decides by the machine. With two cores or fewer it stays off:
     * measured on a busy two-core machine, it saved no time and cost a fifth more CPU, and the
     * editor's own threads need the other core.
     */
    private Boolean parallel;
    private boolean incremental;

    /** Marks and frame information of a page's frames that no story owns, with what went wrong. */
    private record PageParts(Map<String, List<Mark>> marks, Map<String, FrameInfo> infos, List<String> warnings) {}

    public FlowSession(FontLibrary fonts) {
        this(new LineCache(new ParagraphSetter(fonts), LINE_CACHE_ENTRIES), new ImageSizes());
    }

    public FlowSession(LineCache cache, ImageSizes images) {
        this.cache = cache;
        this.materializer = new StoryMaterializer(cache);
        this.furniture = new PageFurniture(cache, images, plans);
    }

    /** The layout of {@code edition}; image paths resolve against the working directory. */
    public synchronized EditionLayout layout(Edition edition) {
        return layout(edition, null);
    }

    /**
     * The layout of {@code edition}, recomposing only what changed since the
     * last call. {@code baseDir} is the edition file's folder, against which
     * image paths resolve (null: the working directory).
     */
    public synchronized EditionLayout layout(Edition edition, Path baseDir) {
        if (last != null && onlyTextChanged(edition, baseDir)) return update(edition);
        return compose(edition, baseDir);
    }

    /** Composes the whole edition regardless of what the session holds. */
    public synchronized EditionLayout compose(Edition edition, Path baseDir) {
        incremental = false;
        composedParagraphs = 0;
        plans.beginComposition();
        List<Story> stories = edition.stories();
        List<ChainPlan> chains = new ArrayList<>(stories.size());
        for (Story story : stories) chains.add(plans.chain(edition, story));
        // stories flow independently of each other: on more than one core they are composed in
        // parallel, each into its own slot, so the result is the same in any order
        StoryOutput[] done = new StoryOutput[stories.size()];
        IntStream range = IntStream.range(0, stories.size());
        if (stories.size() >= PARALLEL_FROM && (parallel != null ? parallel : Runtime.getRuntime().availableProcessors() > 2)) {
            range = range.parallel();
        }
        range.forEach(i -> done[i] = materializer.output(
                StoryFlower.flow(cache, stories.get(i), chains.get(i), edition.styles()), edition));
        Map<String, StoryOutput> outs = new LinkedHashMap<>();
        for (StoryOutput out : done) {
            composedParagraphs += out.flow().composedParagraphs;
            outs.put(out.flow().story.id(), out);
        }
        outputs = outs;
        owners = new HashMap<>();
        List<String> dup = new ArrayList<>();
        for (StoryOutput out : outs.values()) {
            for (String key : out.frames().keySet()) {
                String had = owners.putIfAbsent(key, out.flow().story.id());
                if (had != null && !had.equals(out.flow().story.id())) {
                    dup.add("frame " + key.replace('\u0000', '/') + " is threaded by stories " + had + " and "
                            + out.flow().story.id() + "; " + had + " is shown");
                }
            }
        }
        threadWarnings = List.copyOf(dup);
        parts = new HashMap<>();
        List<PageLayout> pages = new ArrayList<>();
        for (Page page : edition.pages()) {
            PageParts pp = furnish(edition, page, baseDir);
            parts.put(page.id(), pp);
            pages.add(page(edition, page, pp));
        }
        return remember(edition, baseDir, pages);
    }

    private EditionLayout update(Edition edition) {
        incremental = true;
        composedParagraphs = 0;
        Set<String> touched = new LinkedHashSet<>();
        Map<String, StoryOutput> outs = new LinkedHashMap<>();
        for (Story story : edition.stories()) {
            StoryOutput old = outputs.get(story.id());
            if (old.flow().story == story || old.flow().story.equals(story)) {
                outs.put(story.id(), old);
                continue;
            }
            StoryFlow flow = StoryFlower.reflow(cache, story, old.flow());
            composedParagraphs += flow.composedParagraphs;
            StoryOutput out = materializer.output(flow, edition);
            outs.put(story.id(), out);
            touched.addAll(old.pages());
            touched.addAll(out.pages());
        }
        outputs = outs;
        List<PageLayout> pages = new ArrayList<>(lastLayout.pages());
        for (int i = 0; i < edition.pages().size(); i++) {
            Page page = edition.pages().get(i);
            if (touched.contains(page.id())) pages.set(i, page(edition, page, parts.get(page.id())));
        }
        return remember(edition, lastBase, pages);
    }

    private EditionLayout remember(Edition edition, Path baseDir, List<PageLayout> pages) {
        Map<String, StoryFit> fits = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Page page : edition.pages()) warnings.addAll(parts.get(page.id()).warnings());
        for (StoryOutput out : outputs.values()) {
            fits.put(out.fit().storyId(), out.fit());
            warnings.addAll(out.warnings());
        }
        warnings.addAll(threadWarnings);
        edition.stories().stream().flatMap(st -> st.paragraphs().stream())
                .map(p -> edition.styles().paragraph(p.style()).family()).distinct()
                .forEach(f -> cache.setter().fonts().substitution(f).ifPresent(warnings::add));
        last = edition;
        lastBase = baseDir;
        lastLayout = new EditionLayout(pages, fits, warnings);
        return lastLayout;
    }

    private boolean onlyTextChanged(Edition e, Path baseDir) {
        if (!Objects.equals(baseDir, lastBase)) return false;
        if (!e.pages().equals(last.pages()) || !e.templates().equals(last.templates())
                || !e.styles().equals(last.styles()) || !e.settings().equals(last.settings())
                || !Objects.equals(e.date(), last.date()) || !e.name().equals(last.name())) return false;
        if (e.stories().size() != last.stories().size()) return false;
        for (int i = 0; i < e.stories().size(); i++) {
            Story a = e.stories().get(i), b = last.stories().get(i);
            if (a == b) continue;
            if (!a.id().equals(b.id()) || !a.chain().equals(b.chain()) || !a.title().equals(b.title())
                    || a.continuationHeadline() != b.continuationHeadline() || a.balanceLastFrame() != b.balanceLastFrame()) {
                return false;
            }
        }
        return true;
    }

    private PageParts furnish(Edition edition, Page page, Path baseDir) {
        Map<String, List<Mark>> marks = new HashMap<>();
        Map<String, FrameInfo> infos = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Frame f : page.frames()) {
            if (owners.containsKey(StoryOutput.key(page.id(), f.id()))) continue;
            marks.put(f.id(), furniture.marks(edition, page, f, baseDir, warnings));
            infos.put(f.id(), furniture.info(edition, page, f));
        }
        return new PageParts(marks, infos, List.copyOf(warnings));
    }

    private PageLayout page(Edition edition, Page page, PageParts pp) {
        PageTemplate t = edition.templateOf(page);
        List<Mark> marks = new ArrayList<>();
        List<FrameInfo> infos = new ArrayList<>();
        for (Frame f : page.frames()) {
            String key = StoryOutput.key(page.id(), f.id());
            String owner = owners.get(key);
            if (owner != null) {
                StoryOutput out = outputs.get(owner);
                marks.addAll(FrameAppearance.dress(f, out.marks().getOrDefault(key, List.of())));
                infos.add(out.frames().get(key));
            } else {
                marks.addAll(FrameAppearance.dress(f, pp.marks().getOrDefault(f.id(), List.of())));
                infos.add(pp.infos().get(f.id()));
            }
        }
        return new PageLayout(page.id(), edition.pageNumber(page.id()), PageNames.fullName(edition, page),
                t.trimWidth(), t.trimHeight(), marks, infos);
    }

    /** Paragraphs composed by the last call (an edit that converges quickly composes one or two). */
    public synchronized int lastComposedParagraphs() { return composedParagraphs; }

    /** True when the last call reused the previous layout and reflowed only changed stories. */
    public synchronized boolean lastWasIncremental() { return incremental; }

    public LineCache lineCache() { return cache; }

    /** For tests: compose every story on the calling thread. */
    synchronized FlowSession sequential() {
        parallel = false;
        return this;
    }

    /** For tests: compose stories in parallel whatever the machine. */
    synchronized FlowSession parallel() {
        parallel = true;
        return this;
    }
}
