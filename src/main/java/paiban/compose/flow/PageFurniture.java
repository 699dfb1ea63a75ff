package paiban.compose.flow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import paiban.compose.line.ComposedLine;
import paiban.layout.BoxMark;
import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.ImageMark;
import paiban.layout.Mark;
import paiban.layout.PlacedPdfMark;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFit;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TextFrame;
import paiban.compose.table.TableChainComposer;
import paiban.compose.table.TableComposer;
import paiban.model.TableChains;
import paiban.compose.table.TableLayout;
import paiban.model.story.Paragraph;
import paiban.model.style.Cmyk;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleRole;
import paiban.model.style.StyleSheet;
import paiban.layout.RuleMark;

/**
 * Everything on a page that is not a story's text: running headers, rules
 * and boxes, images, ad placeholders, and the frame information of frames
 * no story threads.
 */
final class PageFurniture {
    static final int AD_BOX_WEIGHT = 500;

    private final LineCache cache;
    private final ImageSizes images;
    private final PlanCache plans;

    PageFurniture(LineCache cache, ImageSizes images, PlanCache plans) {
        this.cache = cache;
        this.images = images;
        this.plans = plans;
    }

    /** Marks of a frame no story owns, in drawing order. */
    List<Mark> marks(Edition edition, Page page, Frame frame, Path baseDir, List<String> warnings) {
        if (frame instanceof RuleFrame r) return rule(r);
        if (frame instanceof HeaderFrame h) {
            String text = HeaderPattern.fill(h.pattern(), edition, page);
            return centredText(text, edition.styles().find(h.style()).orElseGet(() -> edition.styles().paragraph(StyleRole.RUNNING_HEAD)), edition.styles(), h.bounds(),
                    edition.templateOf(page));
        }
        if (frame instanceof ImageFrame i) return List.of(image(page, i, baseDir, warnings));
        if (frame instanceof AdFrame a) return ad(edition, page, a, baseDir, warnings);
        if (frame instanceof TableFrame tf) {
            TableLayout tl = table(edition, page, tf);
            if (tl.oversetRows() > 0) {
                warnings.add("page " + page.id() + ": table " + tf.id() + ": 超 " + tl.oversetRows() + " 行 ("
                        + tl.oversetRows() + " rows do not fit the frame)");
            }
            return tl.marks();
        }
        return List.of();
    }

    FrameInfo info(Edition edition, Page page, Frame frame) {
        if (frame instanceof TextFrame tf) {
            PageTemplate t = edition.templateOf(page);
            FramePlan plan = plans.plan(page, (TextFrame) VerticalFrames.turned(t, tf), t);
            List<Rect> columns = plan.turned ? VerticalFrames.onPage(t, plan.columns) : plan.columns;
            return new FrameInfo(tf.id(), FrameKind.TEXT, tf.bounds(), "", -1, columns, 0, plan.lineCount(), 0, 0);
        }
        if (frame instanceof HeadlineFrame h) {
            PageTemplate t = edition.templateOf(page);
            int lines = HeadlineStack.gridLines(((HeadlineFrame) VerticalFrames.turned(t, h)).textArea(), t)[1];
            return new FrameInfo(h.id(), FrameKind.HEADLINE, h.bounds(), "", -1, List.of(h.bounds()), 0, lines, 0, 0);
        }
        if (frame instanceof TableFrame tf) {
            TableLayout tl = table(edition, page, tf);
            return new FrameInfo(tf.id(), FrameKind.TABLE, tf.bounds(), "", -1, tl.columns(), tl.linesUsed(),
                    tl.linesLeft(), 0, 0);
        }
        FrameKind kind = frame instanceof ImageFrame ? FrameKind.IMAGE : frame instanceof RuleFrame ? FrameKind.RULE
                : frame instanceof AdFrame ? FrameKind.AD : FrameKind.HEADER;
        return new FrameInfo(frame.id(), kind, frame.bounds(), "", -1, List.of(), 0, 0, 0, 0);
    }

    /**
     * The table composed, reused while the frame, template and styles are the same objects (marks, then
     * info). A frame of a chain (续表框) is composed with its whole chain, the chain's layouts kept together.
     */
    private TableLayout table(Edition edition, Page page, TableFrame tf) {
        List<TableChains.Link> chain = tf.next().isEmpty() && TableChains.previous(edition, page, tf).isEmpty()
                ? List.of(new TableChains.Link(page, tf)) : TableChains.chainOf(edition, page, tf);
        List<Object> key = new ArrayList<>();
        key.add(edition.styles());
        for (TableChains.Link l : chain) {
            key.add(l.frame());
            key.add(edition.templateOf(l.page()));
        }
        if (lastTables == null || !sameObjects(key, lastTableKey) || !lastTables.containsKey(tf)) {
            lastTables = new TableChainComposer(new TableComposer(cache.setter())).compose(edition, chain);
            lastTableKey = key;
        }
        return lastTables.get(tf);
    }

    private static boolean sameObjects(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }

    private List<Object> lastTableKey;
    private java.util.Map<TableFrame, TableLayout> lastTables;

    private static List<Mark> rule(RuleFrame r) {
        Rect b = r.bounds();
        if (r.style() == RuleStyle.BOX) return List.of(new BoxMark(b, null, r.color(), r.weight()));
        boolean h = r.horizontal();
        int mid = h ? b.y() + b.height() / 2 : b.x() + b.width() / 2;
        if (r.style().pattern() != null || r.style() == RuleStyle.DOTTED) {
            return h ? RuleShapes.line(r.style(), r.weight(), r.color(), b.x(), mid, b.right(), mid)
                    : RuleShapes.line(r.style(), r.weight(), r.color(), mid, b.y(), mid, b.bottom());
        }
        if (r.style() == RuleStyle.DOUBLE) {
            // two strokes along the frame's long edges; a frame thinner than three weights gets them a weight apart
            int thickness = h ? b.height() : b.width();
            int start = h ? b.y() : b.x();
            int w = r.weight();
            int a = thickness >= 3 * w ? start + w / 2 : mid - w;
            int z = thickness >= 3 * w ? start + thickness - w / 2 : mid + w;
            return List.of(stroke(r, h, a), stroke(r, h, z));
        }
        return List.of(stroke(r, h, mid));
    }

    private static RuleMark stroke(RuleFrame r, boolean horizontal, int at) {
        Rect b = r.bounds();
        boolean dashed = r.style() == RuleStyle.DASHED;
        return horizontal ? new RuleMark(b.x(), at, b.right(), at, r.weight(), r.color(), dashed)
                : new RuleMark(at, b.y(), at, b.bottom(), r.weight(), r.color(), dashed);
    }

    private ImageMark image(Page page, ImageFrame f, Path baseDir, List<String> warnings) {
        if (f.path().isBlank()) {
            warnings.add("page " + page.id() + ": image frame " + f.id() + " has no image");
            return new ImageMark(f.id(), null, f.bounds(), f.bounds());
        }
        Path file = resolve(baseDir, f.path());
        Optional<ImageSizes.Size> size = images.size(file);
        if (size.isEmpty()) {
            warnings.add("page " + page.id() + ": image frame " + f.id() + ": image " + f.path() + " is missing or unreadable (" + file + ")");
            return new ImageMark(f.id(), null, f.bounds(), f.bounds());
        }
        Rect placement = ImagePlacement.place(f.bounds(), size.get().width(), size.get().height(), f.fit(),
                f.scale(), f.offsetX(), f.offsetY(), f.rotation());
        return new ImageMark(f.id(), file, f.bounds(), placement, f.rotation());
    }

    private List<Mark> ad(Edition edition, Page page, AdFrame a, Path baseDir, List<String> warnings) {
        if (!a.placedFile().isBlank() && a.placesPdf()) {
            Path file = resolve(baseDir, a.placedFile());
            if (Files.isRegularFile(file)) return List.of(new PlacedPdfMark(a.id(), file, a.placedPage(), a.bounds()));
            warnings.add("page " + page.id() + ": ad frame " + a.id() + ": placed PDF " + a.placedFile()
                    + " is missing (" + file + "); the placeholder is shown");
        } else if (!a.placedFile().isBlank()) {
            Path file = resolve(baseDir, a.placedFile());
            Optional<ImageSizes.Size> size = images.size(file);
            if (size.isPresent()) {
                Rect placement = ImagePlacement.place(a.bounds(), size.get().width(), size.get().height(), ImageFit.FIT, 1, 0, 0);
                return List.of(new ImageMark(a.id(), file, a.bounds(), placement));
            }
            warnings.add("page " + page.id() + ": ad frame " + a.id() + ": placed file " + a.placedFile()
                    + " is missing or not an image; the placeholder is shown");
        }
        List<Mark> marks = new ArrayList<>();
        marks.add(new BoxMark(a.bounds(), null, Cmyk.BLACK, AD_BOX_WEIGHT));
        String name = a.advertiser().isBlank() ? "广告" : a.advertiser();
        marks.addAll(centredText(name, edition.styles().paragraph(StyleRole.AD), edition.styles(), a.bounds(), edition.templateOf(page)));
        return marks;
    }

    /** Lines of {@code text} in {@code style} across the rectangle, the block centred vertically. */
    private List<Mark> centredText(String text, ParagraphStyle style, StyleSheet sheet, Rect r, PageTemplate t) {
        if (text.isBlank() || r.width() <= 0) return List.of();
        List<ComposedLine> lines = cache.lines(new Paragraph(style.name(), text), style, sheet, r.width());
        int lead = Math.max(style.size(), style.linesPerLine() * t.pitch());
        int height = (lines.size() - 1) * lead + style.size();
        int top = r.y() + (r.height() - height) / 2;
        List<Mark> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int baseline = top + Baseline.ascent(style.size()) + i * lead;
            out.add(LineAligner.place(lines.get(i), style, r.x(), baseline, "", -1));
        }
        return out;
    }

    static Path resolve(Path baseDir, String path) {
        return paiban.model.FilePaths.resolve(baseDir, path);
    }
}
