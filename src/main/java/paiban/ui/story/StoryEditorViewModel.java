package paiban.ui.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import paiban.edit.History;
import paiban.edit.RestyleParagraphs;
import paiban.edit.StoryTyping;
import paiban.layout.EditionLayout;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.ParagraphStyle;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;
import paiban.edit.CharFormatting;
import paiban.ui.edit.UndoStack;

/**
 * State of the story editor: which story it shows (the one threaded through
 * the frame selected on the canvas), the edition's paragraph styles for the
 * picker, and the story's live copyfit. Edits come in as the editor's whole
 * paragraph list; only the paragraphs that differ are replaced, the rest
 * stay the same objects, so the composer reflows from the changed one on.
 * No nodes; tested without a window.
 */
public final class StoryEditorViewModel {
    private final EditionDocument document;
    private final History undo;
    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story");
    /** Where the text of the frame just selected begins, for the editor to scroll to; null when unknown. */
    private final ReadOnlyObjectWrapper<TextPosition> frameStart = new ReadOnlyObjectWrapper<>(this, "frameStart");
    private final ObservableList<String> styleNames = FXCollections.observableArrayList();
    private final ObservableList<String> charStyleNames = FXCollections.observableArrayList();
    private final StringBinding copyfit;
    /** The layout a frame being dragged on the canvas would give, null otherwise: the copyfit follows it live. */
    private final ObjectProperty<EditionLayout> liveLayout =
            new SimpleObjectProperty<>(this, "liveLayout");
    private final BooleanBinding overset;
    private final StringBinding title;
    /** Keystrokes as undo steps, a burst merged into one; shared with the canvas's text editing. */
    private final StoryTyping typing;
    /** The frame selected on the canvas: when an edit threads a story through it (place, thread), that story shows. */
    private String selectedFrame;

    public StoryEditorViewModel(EditionDocument document, UndoStack undo, ObservableStringValue selectedFrameId) {
        this(document, new StoryTyping(undo.history()), selectedFrameId);
    }

    /** With the typing service the canvas uses too, so both agree on what one undo step of typing is. */
    public StoryEditorViewModel(EditionDocument document, StoryTyping typing, ObservableStringValue selectedFrameId) {
        this.document = document;
        this.undo = typing.history();
        this.typing = typing;
        copyfit = Bindings.createStringBinding(this::copyfitText, story, document.layoutProperty(), liveLayout);
        overset = Bindings.createBooleanBinding(() -> fit().map(f -> f.overset() > 0).orElse(false),
                story, document.layoutProperty(), liveLayout);
        title = Bindings.createStringBinding(() -> story.get() == null ? Messages.get("story.none")
                : Messages.get("story.title", StoryNames.of(story.get())), story);
        // the edition, not the layout: an edit that sets the same lines (a style on an empty paragraph)
        // leaves an equal layout, whose property then tells no listener
        document.editionProperty().addListener((o, old, now) -> refresh());
        if (selectedFrameId != null) {
            selectedFrame = selectedFrameId.get();
            selectedFrameId.addListener((o, old, now) -> {
                selectedFrame = now;
                showStoryOfFrame(now);
                frameStart.set(null);
                startOfFrame(now).ifPresent(frameStart::set);
            });
        }
        refresh();
    }

    /** Copyfit and title again, in the current interface language. */
    public void relabel() {
        copyfit.invalidate();
        title.invalidate();
    }

    public ReadOnlyObjectProperty<Story> storyProperty() { return story.getReadOnlyProperty(); }

    /** A place in the shown story: paragraph index and UTF-16 offset in it. */
    public record TextPosition(int paragraph, int offset) {}

    /** Set when a frame of the shown story is selected: where its text begins. */
    public ReadOnlyObjectProperty<TextPosition> frameStartProperty() { return frameStart.getReadOnlyProperty(); }

    /**
     * Where the shown story's text begins in {@code frameId}: the first line
     * the layout set inside the frame. Empty for a frame the story does not
     * reach (all of it fits earlier frames).
     */
    public Optional<TextPosition> startOfFrame(String frameId) {
        Story s = story.get();
        if (s == null || frameId == null || frameId.isEmpty()) return Optional.empty();
        Edition e = document.edition();
        for (paiban.model.story.FrameRef ref : s.chain()) {
            if (!ref.frameId().equals(frameId)) continue;
            var bounds = e.frame(ref).map(paiban.model.frame.Frame::bounds).orElse(null);
            var page = document.layout().page(ref.pageId()).orElse(null);
            if (bounds == null || page == null) return Optional.empty();
            TextPosition best = null;
            for (paiban.layout.LineBox l : page.lines()) {
                if (!l.storyId().equals(s.id()) || l.generated() || !bounds.contains(l.x(), l.baseline())) continue;
                if (best == null || l.paragraph() < best.paragraph()
                        || (l.paragraph() == best.paragraph() && l.start() < best.offset())) {
                    best = new TextPosition(l.paragraph(), l.start());
                }
            }
            return Optional.ofNullable(best);
        }
        return Optional.empty();
    }

    public Story story() { return story.get(); }

    /** Names of the edition's paragraph styles, in the style sheet's order. */
    public ObservableList<String> styleNames() { return styleNames; }

    /** 字数 1,234　56 行　超 12 字 (or 空 3 行): the story's copyfit from the current layout. */
    public StringBinding copyfitProperty() { return copyfit; }

    public BooleanBinding oversetProperty() { return overset; }

    public StringBinding titleProperty() { return title; }

    public EditionDocument document() { return document; }

    public History history() { return undo; }

    /**
     * Shows the story threaded through {@code frameId}, or none for no frame or
     * a frame without a story: a story left in view there would look like the
     * frame's own, and typing would edit it. The first keystroke into such a
     * frame makes a story, which then comes into view through {@link #refresh()}.
     */
    public void showStoryOfFrame(String frameId) {
        Optional<Story> s = frameId == null || frameId.isEmpty() ? Optional.empty()
                : document.edition().storyOfFrame(frameId);
        showStory(s.map(Story::id).orElse(null));
    }

    public void showStory(String storyId) {
        Optional<Story> s = storyId == null ? Optional.empty() : document.edition().story(storyId);
        if (s.isPresent() && story.get() != null && story.get().id().equals(storyId) && story.get() == s.get()) return;
        typing.showing(storyId);
        story.set(s.orElse(null));
    }

    /** The edition's style sheet. */
    public paiban.model.style.StyleSheet styles() {
        return document.edition().styles();
    }

    /** The paragraph style the editor shows for a style name (正文 for an unknown one). */
    public ParagraphStyle paragraphStyle(String name) {
        return document.edition().styles().paragraph(name);
    }

    /** Bound to the canvas's layout of a drag in progress, so 超 N 字 here moves with the frame being resized. */
    public ObjectProperty<EditionLayout> liveLayoutProperty() { return liveLayout; }

    public Optional<StoryFit> fit() {
        Story s = story.get();
        EditionLayout layout = liveLayout.get() != null ? liveLayout.get() : document.layout();
        return s == null ? Optional.empty() : Optional.ofNullable(layout.stories().get(s.id()));
    }

    /**
     * Takes the editor's paragraphs into the story as one undoable change,
     * merged with the previous keystrokes of the same burst.
     *
     * @return false when the editor holds what the story already holds
     */
    public boolean edit(List<Paragraph> edited) {
        Story s = story.get();
        if (s == null) return false;
        List<Paragraph> model = s.paragraphs();
        if (model.isEmpty() && edited.size() == 1 && edited.get(0).text().isEmpty() && edited.get(0).runs().isEmpty())
            return false;
        int n = model.size(), m = edited.size();
        int pre = 0;
        while (pre < n && pre < m && StoryText.same(model.get(pre), edited.get(pre))) pre++;
        if (pre == n && pre == m) return false;
        int suf = 0;
        while (suf < n - pre && suf < m - pre && StoryText.same(model.get(n - 1 - suf), edited.get(m - 1 - suf))) suf++;
        List<Paragraph> next = new ArrayList<>(m);
        next.addAll(model.subList(0, pre));
        next.addAll(edited.subList(pre, m - suf));
        next.addAll(model.subList(n - suf, n));
        typing.setText(s.id(), next, pre);
        return true;
    }

    /** Gives paragraphs {@code from}..{@code to} another style as one undo step of its own. */
    public boolean restyle(int from, int to, String style) {
        Story s = story.get();
        if (s == null || s.paragraphs().isEmpty() || style == null) return false;
        int last = s.paragraphs().size() - 1;
        int a = Math.max(0, Math.min(from, to)), b = Math.min(last, Math.max(from, to));
        boolean any = false;
        for (int i = a; i <= b; i++) any |= !s.paragraphs().get(i).style().equals(style);
        if (!any) return false;
        typing.endBurst();
        own(() -> undo.apply(new RestyleParagraphs(s.id(), a, b, style)));
        return true;
    }

    /** Names of the edition's character styles, for the picker and the context menu. */
    public ObservableList<String> charStyleNames() { return charStyleNames; }

    /** Ctrl+B on a selection of the shown story: 粗体 on, or off when all of it is bold. One undo step. */
    public boolean toggleBold(CharFormatting.Range r) {
        return format(s -> CharFormatting.toggleBold(document.edition(), s.id(), r));
    }

    /** 着重号 on the selection, or off when all of it has them. One undo step. */
    public boolean toggleEmphasis(CharFormatting.Range r) {
        return format(s -> CharFormatting.toggleEmphasis(document.edition(), s.id(), r));
    }

    /** Lays a character style over the selection, or takes every one off it for null. One undo step. */
    public boolean applyCharStyle(CharFormatting.Range r, String charStyle) {
        return format(s -> CharFormatting.apply(document.edition(), s.id(), r, charStyle));
    }

    /** Colours the selection through a character style of that colour (made when new). One undo step. */
    public boolean colour(CharFormatting.Range r, paiban.model.style.Cmyk c) {
        return format(s -> CharFormatting.colour(document.edition(), s.id(), r, c));
    }

    /** Any character formatting (a {@link paiban.ui.format.FormatTarget.Formatting}) of the selection. One undo step. */
    public boolean format(CharFormatting.Range r, paiban.ui.format.FormatTarget.Formatting f) {
        return format(s -> f.of(document.edition(), s.id(), r));
    }

    private boolean format(java.util.function.Function<Story, Optional<paiban.edit.Change>> change) {
        Story s = story.get();
        if (s == null || s.paragraphs().isEmpty()) return false;
        Optional<paiban.edit.Change> c = change.apply(s);
        if (c.isEmpty()) return false;
        typing.endBurst();
        own(() -> undo.apply(c.get()));
        return true;
    }

    /** True while this model applies an edit of its own editor's (a style, a character format): shown at once. */
    public boolean applyingOwnEdit() { return own; }

    private boolean own;

    private void own(Runnable apply) {
        own = true;
        try {
            apply.run();
        } finally {
            own = false;
        }
    }

    /** Style name of a paragraph of the shown story, or 正文. */
    public String styleAt(int paragraph) {
        Story s = story.get();
        if (s == null || paragraph < 0 || paragraph >= s.paragraphs().size()) return styles().body().name();
        return s.paragraphs().get(paragraph).style();
    }

    private void refresh() {
        Edition e = document.edition();
        List<String> names = e.styles().paragraphStyles().stream().map(ParagraphStyle::name).toList();
        if (!names.equals(styleNames)) styleNames.setAll(names);
        List<String> chars = e.styles().charStyles().stream().map(paiban.model.style.CharStyle::name).toList();
        if (!chars.equals(charStyleNames)) charStyleNames.setAll(chars);
        Story shown = story.get();
        Optional<Story> ofSelected = selectedFrame == null || selectedFrame.isEmpty() ? Optional.empty() : e.storyOfFrame(selectedFrame);
        if (ofSelected.isPresent() && (shown == null || !shown.id().equals(ofSelected.get().id()))) {
            showStory(ofSelected.get().id());
            return;
        }
        if (shown == null) return;
        Story now = e.story(shown.id()).orElse(null);
        if (now != shown) story.set(now);
    }

    private String copyfitText() {
        Story s = story.get();
        if (s == null) return "";
        Optional<StoryFit> f = fit();
        if (f.isEmpty()) return Messages.get("story.copyfit.unplaced", s.characterCount());
        StoryFit fit = f.get();
        return fit.overset() > 0
                ? Messages.get("story.copyfit.over", fit.characters(), fit.linesUsed(), fit.overset())
                : Messages.get("story.copyfit.left", fit.characters(), fit.linesUsed(), fit.linesLeft());
    }
}
