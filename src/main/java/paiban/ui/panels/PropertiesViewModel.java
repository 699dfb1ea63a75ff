package paiban.ui.panels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import paiban.edit.Change;
import paiban.edit.ChangeSequence;
import paiban.edit.MoveFrame;
import paiban.edit.ReplaceFrame;
import paiban.edit.ReplacePage;
import paiban.edit.ReplaceSettings;
import paiban.edit.ReplaceStory;
import paiban.layout.FrameInfo;
import paiban.layout.PageLayout;
import paiban.model.EditionSettings;
import paiban.model.Limits;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.TextFrame;
import paiban.model.frame.TextWrap;
import paiban.model.style.ParagraphStyle;
import paiban.model.unit.Units;
import paiban.render.placed.AdRaster;
import paiban.ui.Messages;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.FrameKinds;
import paiban.ui.story.PlaceActions;

/**
 * The properties panel's rows: the selected frame's, a summary of a
 * multiple selection, or the page's when nothing is selected; then the
 * paragraph style at the story editor's caret. Lengths in mm, widths also in 栏 and 字, heights in
 * 行, type in 号; every committed value is one step on the undo stack.
 */
public final class PropertiesViewModel {
    private static final System.Logger LOG = paiban.log.Log.of(PropertiesViewModel.class);
    private final CanvasViewModel canvas;
    private final ObservableList<PropertyRow> rows = FXCollections.observableArrayList();
    private final List<Runnable> refreshed = new ArrayList<>();
    private final ObservableStringValue caretStyle;
    /** Why the last committed value was refused, in the interface language; "" after one taken. */
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    /** Title of the style section among the rows, null when there is none. */
    private String styleCategory;

    public PropertiesViewModel(CanvasViewModel canvas) {
        this(canvas, null);
    }

    /**
     * @param caretStyle name of the paragraph style at the story editor's caret,
     *                   null when no story paragraph is current: its style gets a section
     */
    public PropertiesViewModel(CanvasViewModel canvas, ObservableStringValue caretStyle) {
        this.canvas = canvas;
        this.caretStyle = caretStyle;
        if (caretStyle != null) caretStyle.addListener(o -> refresh());
        // once per edit, with edition and layout both in place (a style edit that leaves every line where it
        // was gives no new layout; a keystroke gives both, which used to compute the rows twice)
        canvas.document().revisionProperty().addListener(o -> refresh());
        canvas.selectedFrameIdProperty().addListener(o -> refresh());
        canvas.selectedFrameIdsProperty().addListener(o -> refresh());
        canvas.pageIndexProperty().addListener(o -> refresh());
        canvas.table().cursorProperty().addListener(o -> refresh());
        refresh();
    }

    public ObservableList<PropertyRow> rows() { return rows; }

    /** The row named {@code name} (as shown), if present. */
    public Optional<PropertyRow> row(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * Gives a row a committed value (Enter, focus leaving, a pick) through
     * the undo stack, as an undo step of its own; the same value is no change.
     * Never merged with the step before: keystrokes stay in the field until
     * committed, so a burst of typing already arrives here as one value, and
     * two commits to one field are two things the designer may want back.
     *
     * @return false when the value was refused (the model cannot take it) and the old one stays
     */
    public boolean set(PropertyRow row, Object value) {
        if (!row.editable() || value == null) return false;
        if (Objects.equals(row.value(), value)) {
            refusal.set("");
            return true;
        }
        try {
            Change change = row.change(value);
            if (change == null) return false;
            canvas.undoStack().apply(change);
            refusal.set("");
            return true;
        } catch (RefusedValue e) {
            refusal.set(e.getMessage());
            return false;
        } catch (IllegalArgumentException e) {
            // the model refused the value (a negative size, no columns): keep the old one
            LOG.log(System.Logger.Level.DEBUG, "the model refused the value", e);
            refusal.set(Messages.get("prop.refused", row.name(), value));
            return false;
        }
    }

    /** Why the last committed value was refused, "" when it was taken; the panel shows it. */
    public ReadOnlyStringProperty refusalProperty() { return refusal.getReadOnlyProperty(); }

    /** The document's undo, for Ctrl+Z pressed in a field that holds no typing of its own. */
    public void undo() { canvas.undoStack().undo(); }

    /** The document's redo, as {@link #undo()}. */
    public void redo() { canvas.undoStack().redo(); }

    /** The edition's file (placed files are stored relative to it); null while it has none. */
    public Path editionFile() { return canvas.document().file(); }

    /** The ad frame when it is the one frame selected. */
    public Optional<AdFrame> selectedAd() {
        if (canvas.selectedFrameIdsProperty().get().size() > 1) return Optional.empty();
        String id = canvas.selectedFrameIdProperty().get();
        if (id == null || id.isEmpty()) return Optional.empty();
        return canvas.currentPage().flatMap(p -> p.frame(id)).filter(AdFrame.class::isInstance).map(AdFrame.class::cast);
    }

    /**
     * Places {@code file} (a PDF, its first page, or a JPEG/PNG) in the selected ad frame,
     * stored relative to the edition file; one undo step. The frame keeps its place and size.
     *
     * @return false when no ad frame is selected
     */
    public boolean placeAd(Path file) {
        Optional<AdFrame> ad = selectedAd();
        Optional<Page> page = canvas.currentPage();
        if (ad.isEmpty() || page.isEmpty()) return false;
        String stored = PlaceActions.storedPath(canvas.document(), file);
        canvas.undoStack().apply(new ChangeSequence("change.placeAd",
                List.of(new ReplaceFrame(page.get().id(), ad.get().withPlaced(stored, 1)))));
        return true;
    }

    /** Takes the placed file out of the selected ad frame, back to its placeholder; one undo step. */
    public boolean removeAd() {
        Optional<AdFrame> ad = selectedAd();
        Optional<Page> page = canvas.currentPage();
        if (ad.isEmpty() || page.isEmpty() || ad.get().placedFile().isBlank()) return false;
        canvas.undoStack().apply(new ChangeSequence("change.removeAd",
                List.of(new ReplaceFrame(page.get().id(), ad.get().withPlaced("", 1)))));
        return true;
    }

    /** Reads every placed ad file again: renders them anew and composes the edition again. */
    public void refreshAds() {
        AdRaster.forget();
        canvas.document().recompose();
    }

    /** Title of the paragraph style's section, when there is one. */
    public Optional<String> styleCategory() {
        return Optional.ofNullable(styleCategory);
    }

    /** Rows named in the current interface language (the names are their keys, so the panel rebuilds). */
    public void relabel() {
        refresh();
    }

    /** Calls {@code r} after every refresh of the rows (the selection or the edition changed). */
    public void onRefresh(Runnable r) { refreshed.add(r); }

    private void refresh() {
        List<PropertyRow> fresh = compute();
        boolean same = fresh.size() == rows.size();
        for (int i = 0; same && i < fresh.size(); i++) same = fresh.get(i).key().equals(rows.get(i).key());
        if (same) {
            for (int i = 0; i < fresh.size(); i++) rows.get(i).takeOver(fresh.get(i));
        } else {
            rows.setAll(fresh);
        }
        for (Runnable r : refreshed) r.run();
    }

    private List<PropertyRow> compute() {
        List<PropertyRow> out = new ArrayList<>(selectedRows());
        String styleName = caretStyle == null ? null : caretStyle.get();
        Optional<ParagraphStyle> style = styleName == null ? Optional.empty()
                : canvas.document().edition().styles().find(styleName);
        styleCategory = style.map(s -> Messages.get("prop.style", s.name())).orElse(null);
        style.ifPresent(s -> out.addAll(StyleRows.of(s)));
        style.ifPresent(s -> out.addAll(TypeSettingsRows.of(s)));
        style.ifPresent(s -> out.addAll(KeepRows.of(s)));
        style.ifPresent(s -> out.addAll(UprightDigitsRows.of(s))); // 纵中横 digits of vertical text
        return out;
    }

    private List<PropertyRow> selectedRows() {
        Optional<Page> page = canvas.currentPage();
        Optional<PageTemplate> template = canvas.template();
        if (page.isEmpty() || template.isEmpty()) return List.of();
        List<Frame> selected = page.get().frames().stream().filter(f -> canvas.isSelected(f.id())).toList();
        if (selected.size() > 1) return selectionRows(page.get(), selected);
        String id = canvas.selectedFrameIdProperty().get();
        Optional<Frame> frame = id == null || id.isEmpty() ? Optional.empty() : page.get().frame(id);
        return frame.isPresent() ? frameRows(page.get(), frame.get(), template.get()) : pageRows(page.get());
    }

    /**
     * Several frames: how many, what they have in common (kind, lock, group),
     * and the box around them; setting its left or top moves them all, as one step.
     */
    private List<PropertyRow> selectionRows(Page page, List<Frame> frames) {
        List<PropertyRow> out = new ArrayList<>();
        String pid = page.id();
        String cat = m("prop.selection");
        out.add(new PropertyRow(cat, m("prop.selection.count"), String.class,
                Messages.get("prop.selection.countValue", frames.size()), null));
        String kind = common(frames, f -> m("kind." + FrameKinds.of(f).name().toLowerCase()));
        out.add(new PropertyRow(cat, m("prop.frame.kind"), String.class, kind == null ? m("prop.mixed") : kind, null));
        Boolean locked = common(frames, Frame::locked);
        out.add(new PropertyRow(cat, m("prop.frame.locked"), Boolean.class, locked != null && locked, v -> {
            List<Change> changes = new ArrayList<>();
            for (Frame f : frames) if (f.locked() != (Boolean) v) changes.add(new ReplaceFrame(pid, f.withLocked((Boolean) v)));
            return changes.isEmpty() ? null : new ChangeSequence("change.editFrame", changes);
        }));
        String group = common(frames, Frame::group);
        out.add(new PropertyRow(cat, m("prop.frame.group"), String.class,
                group == null ? m("prop.mixed") : group.isEmpty() ? m("prop.frame.noGroup") : group, null));

        Rect box = CanvasViewModel.bounding(frames.stream().map(Frame::bounds).toList()).orElseThrow();
        String geo = m("prop.geometry");
        out.add(new PropertyRow(geo, m("prop.x"), Double.class, mm(box.x()), v -> moveAll(pid, frames, fromMm(v) - box.x(), 0)));
        out.add(new PropertyRow(geo, m("prop.y"), Double.class, mm(box.y()), v -> moveAll(pid, frames, 0, fromMm(v) - box.y())));
        out.add(new PropertyRow(geo, m("prop.width"), Double.class, mm(box.width()), null));
        out.add(new PropertyRow(geo, m("prop.height"), Double.class, mm(box.height()), null));
        return out;
    }

    /** Moves the frames that are not locked, as the canvas does. */
    private static Change moveAll(String pageId, List<Frame> frames, int dx, int dy) {
        List<Change> moves = new ArrayList<>();
        for (Frame f : frames) if (!f.locked()) moves.add(new MoveFrame(pageId, f.id(), f.bounds().moved(dx, dy)));
        return moves.isEmpty() || (dx == 0 && dy == 0) ? null : new ChangeSequence("change.moveFrame", moves);
    }

    /** The value all frames share, or null when they differ. */
    private static <T> T common(List<Frame> frames, java.util.function.Function<Frame, T> of) {
        T first = of.apply(frames.get(0));
        for (Frame f : frames) if (!Objects.equals(of.apply(f), first)) return null;
        return first;
    }

    private static String m(String key) { return Messages.get(key); }

    private List<PropertyRow> pageRows(Page page) {
        String cat = m("prop.page");
        List<PropertyRow> out = new ArrayList<>();
        out.add(new PropertyRow(cat, m("prop.page.name"), String.class,
                PageNames.fullName(canvas.document().edition(), page), null));
        out.add(new PropertyRow(cat, m("prop.page.label"), String.class, page.label(),
                v -> new ReplacePage(page.withLabel(v.toString().trim()))));
        out.add(new PropertyRow(cat, m("prop.page.section"), String.class, page.section(),
                v -> new ReplacePage(page.withSection(v.toString().trim()))));
        out.add(new PropertyRow(cat, m("prop.page.number"), String.class,
                page.number() == 0 ? "" : Integer.toString(page.number()),
                v -> new ReplacePage(page.withNumber(pageNumber(v, m("prop.page.number"), true)))));
        out.add(new PropertyRow(cat, m("prop.page.template"), String.class, page.template(), null));
        out.add(new PropertyRow(cat, m("prop.page.frames"), Integer.class, page.frames().size(), null));
        out.addAll(editionRows());
        return out;
    }

    /** 版面设置: the edition's page numbering, shown with the page as there is no other place for it. */
    private List<PropertyRow> editionRows() {
        EditionSettings s = canvas.document().edition().settings();
        String cat = m("prop.edition");
        return List.of(
                new PropertyRow(cat, m("prop.edition.firstPageNumber"), Integer.class, s.firstPageNumber(),
                        v -> new ReplaceSettings(s.withNumbering(pageNumber(v, m("prop.edition.firstPageNumber"), false),
                                s.sectionNumbering()))),
                new PropertyRow(cat, m("prop.edition.sectionNumbering"), Boolean.class, s.sectionNumbering(),
                        v -> new ReplaceSettings(s.withNumbering(s.firstPageNumber(), (Boolean) v))));
    }

    /**
     * A page number typed in a row: 1 up to {@link Limits#MAX_PAGE_NUMBER}; when
     * {@code blankCounts}, an empty field is 0 (the page counts on from the one before).
     */
    static int pageNumber(Object v, String rowName, boolean blankCounts) {
        String text = v.toString().trim();
        if (blankCounts && text.isEmpty()) return 0;
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            LOG.log(System.Logger.Level.DEBUG, "not a page number: " + e.getMessage());
            n = -1; // refused below, with the row's name
        }
        if (n < 1 || n > Limits.MAX_PAGE_NUMBER) {
            throw new RefusedValue(Messages.get(blankCounts ? "prop.refused.pageNumberOrBlank" : "prop.refused.pageNumber",
                    rowName, text, Limits.MAX_PAGE_NUMBER));
        }
        return n;
    }

    private List<PropertyRow> frameRows(Page page, Frame f, PageTemplate t) {
        List<PropertyRow> out = new ArrayList<>();
        String pid = page.id();
        Rect b = f.bounds();
        String cat = m("prop.frame");
        out.add(new PropertyRow(cat, m("prop.frame.kind"), String.class,
                m("kind." + FrameKinds.of(f).name().toLowerCase()), null));
        out.add(new PropertyRow(cat, m("prop.frame.id"), String.class, f.id(), null));
        out.add(new PropertyRow(cat, m("prop.frame.locked"), Boolean.class, f.locked(),
                v -> new ReplaceFrame(pid, f.withLocked((Boolean) v))));
        if (!f.group().isEmpty()) out.add(new PropertyRow(cat, m("prop.frame.group"), String.class, f.group(), null));

        String geo = m("prop.geometry");
        out.add(new PropertyRow(geo, m("prop.x"), Double.class, mm(b.x()),
                v -> new MoveFrame(pid, f.id(), new Rect(fromMm(v), b.y(), b.width(), b.height()))));
        out.add(new PropertyRow(geo, m("prop.y"), Double.class, mm(b.y()),
                v -> new MoveFrame(pid, f.id(), new Rect(b.x(), fromMm(v), b.width(), b.height()))));
        out.add(new PropertyRow(geo, m("prop.width"), Double.class, mm(b.width()),
                v -> new MoveFrame(pid, f.id(), MinimumSize.check(f, new Rect(b.x(), b.y(), fromMm(v), b.height()), t))));
        out.add(new PropertyRow(geo, m("prop.height"), Double.class, mm(b.height()),
                v -> new MoveFrame(pid, f.id(), MinimumSize.check(f, new Rect(b.x(), b.y(), b.width(), fromMm(v)), t))));
        out.addAll(GridSizeRows.of(pid, f, t));

        if (f instanceof TextFrame tf) out.addAll(TextFrameRows.of(pid, tf, t));
        out.addAll(WritingModeRows.of(pid, f));
        if (f instanceof paiban.model.frame.TableFrame tb) out.addAll(TableRows.of(pid, tb, t, canvas.document().edition().styles(), canvas.table()));
        if (f instanceof paiban.model.frame.TableFrame tb) out.addAll(TableChainRows.of(canvas.document().edition(), pid, tb));
        if (FrameLookRows.offered(f)) out.addAll(FrameLookRows.of(pid, f, t));
        out.addAll(RuleRows.of(pid, f, t)); // 线条: a rule's weight, style and colour; a text frame's inset per side and 栏线
        if (f instanceof paiban.model.frame.ImageFrame) canvas.edits().selectedPicture().ifPresent(p -> out.addAll(ImageRows.of(p)));
        if (f instanceof AdFrame ad) {
            out.add(new PropertyRow(m("prop.ad"), m("prop.advertiser"), String.class, ad.advertiser(),
                    v -> new ReplaceFrame(pid, ad.withAdvertiser(v.toString()))));
            out.add(new PropertyRow(m("prop.ad"), m("prop.ad.file"), String.class,
                    ad.placedFile().isBlank() ? m("prop.ad.none") : ad.placedFile(), null));
            if (ad.placesPdf()) {
                out.add(new PropertyRow(m("prop.ad"), m("prop.ad.page"), Integer.class, ad.placedPage(),
                        v -> new ReplaceFrame(pid, ad.withPlaced(ad.placedFile(), ((Number) v).intValue()))));
            }
        }
        if (FrameWraps.canWrap(f)) wrapRows(pid, f, t, out);
        info(page, f).filter(i -> !i.storyId().isEmpty()).ifPresent(info -> {
            String story = m("prop.story");
            canvas.document().edition().story(info.storyId()).ifPresent(s -> out.add(new PropertyRow(story,
                    m("prop.story.title"), String.class, s.title(), v -> new ReplaceStory(s.withTitle(v.toString().trim())))));
            out.add(new PropertyRow(story, m("prop.story.charsSet"), Integer.class, info.charsSet(), null));
            out.add(new PropertyRow(story, m("prop.story.linesLeft"), Integer.class, info.linesLeft(), null));
            out.add(new PropertyRow(story, m("prop.story.overset"), Integer.class, info.oversetChars(), null));
        });
        return out;
    }

    /**
     * 文字绕排: on or off, and how far the text of other frames keeps off the frame, in mm
     * and in 字. Each edit is one change; an offset typed while the wrap is
     * off turns it on with that offset. Turned on, it starts at 1 字.
     */
    private static void wrapRows(String pid, Frame f, PageTemplate t, List<PropertyRow> out) {
        String cat = m("prop.wrap");
        TextWrap w = f.wrap();
        int offset = w == null ? 0 : w.offset();
        out.add(new PropertyRow(cat, m("prop.wrap.on"), Boolean.class, w != null,
                v -> wrapChange(pid, f, (Boolean) v ? new TextWrap(w != null ? w.offset() : t.bodySize()) : null)));
        out.add(new PropertyRow(cat, m("prop.wrap.offsetMm"), Double.class, mm(offset),
                v -> wrapChange(pid, f, new TextWrap(fromMm(v)))));
        out.add(new PropertyRow(cat, m("prop.wrap.offsetChars"), Double.class, round1(offset / (double) t.bodySize()),
                v -> wrapChange(pid, f, new TextWrap(Units.chars(((Number) v).doubleValue(), t.bodySize())))));
    }

    private static Change wrapChange(String pid, Frame f, TextWrap wrap) {
        return FrameWraps.with(f, wrap).<Change>map(next -> new ReplaceFrame(pid, next)).orElse(null);
    }

    private Optional<FrameInfo> info(Page page, Frame f) {
        Optional<PageLayout> layout = canvas.document().layout().page(page.id());
        return layout.flatMap(l -> l.frames().stream().filter(i -> i.frameId().equals(f.id())).findFirst());
    }

    /** "5 栏", or "4.6 栏" for a frame off the column grid. */
    static String columnsText(int width, PageTemplate t) {
        double cols = (width + t.gap()) / (double) (t.columnWidth() + t.gap());
        double rounded = Math.round(cols * 10) / 10.0;
        String n = rounded == Math.rint(rounded) ? Long.toString(Math.round(rounded)) : Double.toString(rounded);
        return Messages.get("prop.columnsValue", n);
    }

    static double mm(int mpt) { return round1(Units.toMm(mpt)); }

    private static int fromMm(Object v) { return Units.mm(((Number) v).doubleValue()); }

    static double round1(double v) { return Math.round(v * 10) / 10.0; }
}
