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
import paiban.model.TableChains;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.Story;

/**
 * The layout of an edition being edited. Give it each new edition after an
 * edit: when only story text changed, the changed stories are flowed again
 * from their first changed paragraph and stop as soon as a paragraph starts
 * where it started before; pages the stories do not touch keep their layout.
 * When frames, pages or chains changed, only the stories whose frames changed
 * (moved, resized, or a runaround reaching them) are flowed again, jump lines
 * are set again only where the page they name is now called otherwise, and
 * every page whose parts are all the same keeps its {@link PageLayout} object.
 * A change of styles, templates, settings or image folder composes the whole
 * edition, still from cached lines.
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

    private int composedStories;
    /** The last call kept {@link #owners}: no story threads a frame it did not thread before, none stopped. */
    private boolean ownersKept;
    /** Per page id: what its layout was made of, and the layout. */
    private Map<String, PageBuilt> built = new HashMap<>();
    /** The font-substitution warnings of {@link #familiesOf}'s stories and styles. */
    private List<String> familyWarnings = List.of();
    private List<Story> familiesOf;
    private Object familiesStyles;

    /**
     * Marks and frame information of a page's frames that no story owns, with what went wrong; the
     * page and the frames stories owned when they were made, whether the page holds a table, and
     * whether one is continued from or onto another page (they then depend on other pages too).
     */
    private record PageParts(Map<String, List<Mark>> marks, Map<String, FrameInfo> infos,
                             Map<String, List<String>> frameWarnings, Page page, Set<String> owned, boolean tables,
                             boolean otherPages) {
        /** The page's furniture warnings, frame by frame in page order. */
        List<String> warnings() {
            List<String> out = new ArrayList<>();
            for (Frame f : page.frames()) out.addAll(frameWarnings.getOrDefault(f.id(), List.of()));
            return out;
        }
    }

    /**
     * A page's layout and what it was made of: the page, its parts, the story showing each frame
     * and its output (null: the parts), the page's number and name.
     */
    private record PageBuilt(Page page, PageParts parts, String[] owners, StoryOutput[] outputs, int number, String name,
                             PageTemplate template, PageLayout layout, Map<Frame, Dressed> dressed) {}

    /** A frame's marks with its look (底纹, 反白, 框, 栏线) put on, for the frame and content they were made from. */
    private record Dressed(List<Mark> content, List<Mark> marks) {}

    /** Page by page what page names, numbers and headers depend on besides the settings. */
    private record PageSign(String id, String label, String section, String template, int number) {}

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
        if (last == null || !sameGround(edition, baseDir)) return compose(edition, baseDir);
        if (onlyTextChanged(edition, baseDir)) return update(edition);
        return refresh(edition, baseDir);
    }

    /** Composes the whole edition regardless of what the session holds. */
    public synchronized EditionLayout compose(Edition edition, Path baseDir) {
        incremental = false;
        composedParagraphs = 0;
        composedStories = edition.stories().size();
        built = new HashMap<>();
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
        own(outs, null);
        parts = new HashMap<>();
        List<PageLayout> pages = new ArrayList<>();
        for (Page page : edition.pages()) {
            PageParts pp = furnish(edition, page, baseDir, null);
            parts.put(page.id(), pp);
            pages.add(page(edition, page, pp, false));
        }
        return remember(edition, baseDir, pages);
    }

    /** Which story shows each threaded frame, and the frames two stories thread. */
    private void own(Map<String, StoryOutput> outs, Map<String, StoryOutput> before) {
        ownersKept = before != null && outs.size() == before.size();
        if (ownersKept) {
            var a = outs.entrySet().iterator();
            var b = before.entrySet().iterator();
            while (ownersKept && a.hasNext()) {
                var x = a.next();
                var y = b.next();
                ownersKept = x.getKey().equals(y.getKey()) && (x.getValue() == y.getValue()
                        || x.getValue().frames().keySet().equals(y.getValue().frames().keySet()));
            }
        }
        if (ownersKept) return;
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
    }

    /**
     * Frames, pages or chains changed (styles, templates and settings did not): each story keeps
     * its flow while the pages of its chain are the same, else its chain is planned again and it
     * is flowed again only when a plan of its frames changed; its marks are made again when its
     * flow changed or a jump line would name its page otherwise. Each page keeps its furniture
     * while it and what its headers name are the same, and its layout while all its parts are.
     */
    private EditionLayout refresh(Edition edition, Path baseDir) {
        incremental = true;
        composedParagraphs = 0;
        composedStories = 0;
        plans.beginComposition();
        Map<String, Page> now = byId(edition.pages()), was = byId(last.pages());
        boolean namesSame = signs(edition).equals(signs(last)) && Objects.equals(edition.date(), last.date())
                && edition.name().equals(last.name());
        Map<String, String> names = namesSame ? null : names(edition);
        Map<String, StoryOutput> outs = new LinkedHashMap<>();
        for (Story story : edition.stories()) {
            StoryOutput old = outputs.get(story.id());
            StoryFlow before = old == null ? null : old.flow();
            ChainPlan plan;
            if (before != null && samePages(story, before.story, now, was)) {
                plan = before.plan;
                plans.retain(plan);
            } else {
                plan = plans.chain(edition, story);
            }
            StoryFlow flow;
            if (before != null && before.plan == plan && same(before.story, story)) {
                flow = before;
            } else if (before != null && before.plan == plan && sameThread(before.story, story)) {
                flow = StoryFlower.reflow(cache, story, before);
            } else {
                flow = StoryFlower.flow(cache, story, plan, edition.styles());
            }
            StoryOutput out = old;
            if (flow != before) {
                composedStories++;
                composedParagraphs += flow.composedParagraphs;
                out = materializer.output(flow, edition);
            } else if (!namesSame && !old.jumpsRead(names)) {
                out = materializer.output(flow, edition);
            }
            outs.put(story.id(), out);
        }
        Map<String, StoryOutput> before = outputs;
        outputs = outs;
        own(outs, before);
        boolean pagesSame = edition.pages().size() == last.pages().size();
        for (int i = 0; pagesSame && i < edition.pages().size(); i++) {
            pagesSame = same(edition.pages().get(i), last.pages().get(i));
        }
        boolean tableChains = false;
        for (Page page : edition.pages()) {
            for (Frame f : page.frames()) tableChains |= f instanceof TableFrame tf && !tf.next().isEmpty();
        }
        Map<String, PageParts> kept = new HashMap<>();
        List<PageLayout> pages = new ArrayList<>();
        for (Page page : edition.pages()) {
            PageParts pp = parts.get(page.id());
            // a table continued from or onto another page (or that may now be) follows the other pages
            if (pp == null || !namesSame || !same(pp.page(), page) || pp.tables() && !pagesSame && (tableChains || pp.otherPages())
                    || !ownersKept && !pp.owned().equals(ownedOn(page))) {
                pp = furnish(edition, page, baseDir, namesSame ? pp : null);
            }
            kept.put(page.id(), pp);
            pages.add(page(edition, page, pp, namesSame));
        }
        parts = kept;
        return remember(edition, baseDir, pages);
    }

    private static Map<String, Page> byId(List<Page> pages) {
        Map<String, Page> m = new HashMap<>();
        for (Page p : pages) m.putIfAbsent(p.id(), p);
        return m;
    }

    /** True when every page the story's chain names is there and the same as before (the chain being the same). */
    private static boolean samePages(Story story, Story before, Map<String, Page> now, Map<String, Page> was) {
        if (story.chain() != before.chain() && !story.chain().equals(before.chain())) return false;
        for (paiban.model.story.FrameRef ref : story.chain()) {
            Page a = now.get(ref.pageId()), b = was.get(ref.pageId());
            if (a == null || b == null || !same(a, b)) return false;
        }
        return true;
    }

    /** A story whose flow can be resumed from its old one: only its paragraphs differ. */
    private static boolean sameThread(Story a, Story b) {
        return a.id().equals(b.id()) && a.chain().equals(b.chain()) && a.title().equals(b.title())
                && a.continuationHeadline() == b.continuationHeadline() && a.balanceLastFrame() == b.balanceLastFrame();
    }

    private static List<PageSign> signs(Edition e) {
        List<PageSign> out = new ArrayList<>(e.pages().size());
        for (Page p : e.pages()) out.add(sign(p));
        return out;
    }

    private static Map<String, String> names(Edition e) {
        Map<String, String> out = new HashMap<>();
        for (Page p : e.pages()) out.putIfAbsent(p.id(), PageNames.fullName(e, p));
        return out;
    }

    private Set<String> ownedOn(Page page) {
        Set<String> out = new java.util.HashSet<>();
        for (Frame f : page.frames()) if (owners.containsKey(StoryOutput.key(page.id(), f.id()))) out.add(f.id());
        return out;
    }

    /** Styles, templates, settings and the image folder are as before: the rest can be compared piece by piece. */
    private boolean sameGround(Edition e, Path baseDir) {
        return Objects.equals(baseDir, lastBase) && same(e.styles(), last.styles()) && same(e.templates(), last.templates())
                && same(e.settings(), last.settings());
    }

    private static boolean identical(Object[] a, Object[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    private static boolean same(Object a, Object b) {
        return a == b || a != null && a.equals(b);
    }

    private EditionLayout update(Edition edition) {
        incremental = true;
        ownersKept = true; // a text edit leaves every story in the frames it was in
        composedParagraphs = 0;
        composedStories = 0;
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
            composedStories++;
            StoryOutput out = materializer.output(flow, edition);
            outs.put(story.id(), out);
            touched.addAll(old.pages());
            touched.addAll(out.pages());
        }
        outputs = outs;
        List<PageLayout> pages = new ArrayList<>(lastLayout.pages());
        for (int i = 0; i < edition.pages().size(); i++) {
            Page page = edition.pages().get(i);
            if (touched.contains(page.id())) pages.set(i, page(edition, page, parts.get(page.id()), true));
        }
        return remember(edition, lastBase, pages);
    }

    private EditionLayout remember(Edition edition, Path baseDir, List<PageLayout> pages) {
        List<String> warnings = new ArrayList<>();
        for (Page page : edition.pages()) warnings.addAll(parts.get(page.id()).warnings());
        // the last layout's fits while every story's is the same object: already an unmodifiable copy
        Map<String, StoryFit> fits = lastLayout == null ? Map.of() : lastLayout.stories();
        boolean fitsKept = fits.size() == outputs.size();
        for (StoryOutput out : outputs.values()) {
            fitsKept = fitsKept && fits.get(out.fit().storyId()) == out.fit();
            warnings.addAll(out.warnings());
        }
        if (!fitsKept) {
            fits = new LinkedHashMap<>();
            for (StoryOutput out : outputs.values()) fits.put(out.fit().storyId(), out.fit());
        }
        warnings.addAll(threadWarnings);
        if (edition.stories() != familiesOf || edition.styles() != familiesStyles) {
            List<String> subs = new ArrayList<>();
            edition.stories().stream().flatMap(st -> st.paragraphs().stream())
                    .map(p -> edition.styles().paragraph(p.style()).family()).distinct()
                    .forEach(f -> cache.setter().fonts().substitution(f).ifPresent(subs::add));
            familyWarnings = List.copyOf(subs);
            familiesOf = edition.stories();
            familiesStyles = edition.styles();
        }
        warnings.addAll(familyWarnings);
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

    /**
     * The marks and information of the page's frames no story owns. {@code before}: the page's
     * parts last time, when page names are unchanged (else null): a frame that is the very same
     * object on a page of the same number, label, section and template keeps its marks (a drag
     * step then makes only the moved frame's anew, not every photo, rule and header of the page).
     * Tables are composed again (their cache knows their chains); text and headline frames get
     * their information again, since another frame's runaround may have changed their lines.
     */
    private PageParts furnish(Edition edition, Page page, Path baseDir, PageParts before) {
        Map<String, List<Mark>> marks = new HashMap<>();
        Map<String, FrameInfo> infos = new HashMap<>();
        Map<String, List<String>> frameWarnings = new HashMap<>();
        Set<String> owned = new java.util.HashSet<>();
        boolean tables = false, otherPages = false;
        Map<String, Frame> was = before != null && sign(before.page()).equals(sign(page)) ? framesById(before.page()) : Map.of();
        for (Frame f : page.frames()) {
            if (owners.containsKey(StoryOutput.key(page.id(), f.id()))) {
                owned.add(f.id());
                continue;
            }
            if (f instanceof TableFrame tf) {
                tables = true;
                otherPages |= !tf.next().isEmpty() || TableChains.previous(edition, page, tf).isPresent();
            }
            List<String> own;
            if (was.get(f.id()) == f && !(f instanceof TableFrame) && before.marks().containsKey(f.id())) {
                marks.put(f.id(), before.marks().get(f.id()));
                own = before.frameWarnings().getOrDefault(f.id(), List.of());
                infos.put(f.id(), f instanceof TextFrame || f instanceof HeadlineFrame
                        ? furniture.info(edition, page, f) : before.infos().get(f.id()));
            } else {
                List<String> found = new ArrayList<>();
                marks.put(f.id(), furniture.marks(edition, page, f, baseDir, found));
                infos.put(f.id(), furniture.info(edition, page, f));
                own = List.copyOf(found);
            }
            if (!own.isEmpty()) frameWarnings.put(f.id(), own);
        }
        return new PageParts(marks, infos, frameWarnings, page, owned, tables, otherPages);
    }

    private static PageSign sign(Page p) {
        return new PageSign(p.id(), p.label(), p.section(), p.template(), p.number());
    }

    private static Map<String, Frame> framesById(Page page) {
        Map<String, Frame> out = new HashMap<>();
        for (Frame f : page.frames()) out.putIfAbsent(f.id(), f);
        return out;
    }

    /**
     * The page's layout: the one made last time (the same object) when all it is made of is the
     * same. {@code namesSame}: no page was renumbered or renamed since the last call.
     */
    private PageLayout page(Edition edition, Page page, PageParts pp, boolean namesSame) {
        PageTemplate t = edition.templateOf(page);
        PageBuilt before = built.get(page.id());
        if (before != null && ownersKept && namesSame && before.parts() == pp && same(before.template(), t)
                && same(before.page(), page)) {
            // the same frames, shown by the same stories: the layout stands while their outputs do
            boolean kept = true;
            for (int i = 0; kept && i < before.owners().length; i++) {
                String owner = before.owners()[i];
                kept = owner == null || outputs.get(owner) == before.outputs()[i];
            }
            if (kept) return before.layout();
        }
        List<Frame> frames = page.frames();
        String[] keys = new String[frames.size()];
        String[] ownerIds = new String[frames.size()];
        StoryOutput[] outs = new StoryOutput[frames.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = StoryOutput.key(page.id(), frames.get(i).id());
            ownerIds[i] = owners.get(keys[i]);
            if (ownerIds[i] != null) outs[i] = outputs.get(ownerIds[i]);
        }
        int number = edition.pageNumber(page.id());
        String name = PageNames.fullName(edition, page);
        if (before != null && before.parts() == pp && number == before.number() && name.equals(before.name())
                && same(before.template(), t) && same(before.page(), page) && identical(outs, before.outputs())) {
            built.put(page.id(), new PageBuilt(page, pp, ownerIds, outs, number, name, t, before.layout(), before.dressed()));
            return before.layout();
        }
        Map<Frame, Dressed> wasDressed = before == null ? Map.of() : before.dressed();
        Map<Frame, Dressed> dressed = new java.util.IdentityHashMap<>(keys.length * 2);
        List<Mark> marks = new ArrayList<>(before == null ? 256 : before.layout().marks().size() + 16);
        List<FrameInfo> infos = new ArrayList<>(keys.length);
        for (int i = 0; i < keys.length; i++) {
            Frame f = frames.get(i);
            List<Mark> content;
            if (outs[i] != null) {
                content = outs[i].marks().getOrDefault(keys[i], List.of());
                infos.add(outs[i].frames().get(keys[i]));
            } else {
                content = pp.marks().getOrDefault(f.id(), List.of());
                infos.add(pp.infos().get(f.id()));
            }
            // an untouched frame hands over the very marks it had (a 花边 border is hundreds of
            // them): made again they would cost the drawing's comparison of old and new as well
            Dressed d = wasDressed.get(f);
            if (d == null || d.content() != content) d = new Dressed(content, FrameAppearance.dress(f, content));
            dressed.put(f, d);
            marks.addAll(d.marks());
        }
        PageLayout layout = new PageLayout(page.id(), number, name, t.trimWidth(), t.trimHeight(), marks, infos);
        built.put(page.id(), new PageBuilt(page, pp, ownerIds, outs, number, name, t, layout, dressed));
        return layout;
    }

    /** Paragraphs composed by the last call (an edit that converges quickly composes one or two). */
    public synchronized int lastComposedParagraphs() { return composedParagraphs; }

    /** Stories flowed (or flowed again from a changed paragraph) by the last call: all of them after a whole composition. */
    public synchronized int lastComposedStories() { return composedStories; }

    /**
     * True when the last call built on the previous layout, flowing again only stories whose text
     * or frames changed; false when it composed the whole edition.
     */
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
