package paiban.ui.canvas.text;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import paiban.edit.LineCarets;
import paiban.edit.OffsetFollow;
import paiban.edit.StoryLines;
import paiban.edit.StoryOffset;
import paiban.edit.StoryTyping;
import paiban.edit.TextEdits;
import paiban.layout.EditionLayout;
import paiban.layout.FrameKind;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.StyleRole;
import paiban.model.style.StyleSheet;
import paiban.ui.EditionDocument;
import paiban.ui.canvas.CanvasViewModel;

/**
 * Text mode of the page canvas: a caret and selection in the story of the
 * frame being edited (the canvas's selected frame), moved through the
 * story's laid-out lines across frames and pages, and the edits typing
 * makes, each through the shared {@link StoryTyping} so a burst of
 * keystrokes is one undo step. No nodes; tested without a window.
 */
public final class CanvasTextModel {
    /** Headline frames get their first paragraph in the main headline style. */

    private final CanvasViewModel canvas;
    private final EditionDocument document;
    private final StoryTyping typing;
    /** Null when not in text mode. */
    private final ReadOnlyObjectWrapper<TextCaret> caret = new ReadOnlyObjectWrapper<>(this, "caret");
    /** Where the last edit from elsewhere changed the story's text, for an undo or redo to show; null when none. */
    private StoryOffset changedAt;
    /** Text an input method is composing at the caret, not yet in the story; "" when none. */
    private final ReadOnlyStringWrapper composing = new ReadOnlyStringWrapper(this, "composing", "");
    /** The frame text mode was entered in; its story may not exist until the first keystroke. */
    private FrameRef frame;
    private String storyId;
    /** x relative to the line's origin that Up and Down keep, null until one of them is pressed. */
    private Integer goalX;
    /** True while this model switches page or frame itself, which must not end text mode. */
    private boolean following;
    private StoryLines lines;
    private EditionLayout linesLayout;
    private Story linesStory;

    public CanvasTextModel(CanvasViewModel canvas, StoryTyping typing) {
        this.canvas = canvas;
        this.document = canvas.document();
        this.typing = typing;
        canvas.selectedFrameIdProperty().addListener((o, old, now) -> {
            if (active() && !following && !inStory(now)) leave();
        });
        canvas.pageIndexProperty().addListener((o, old, now) -> {
            if (active() && !following) leave();
        });
        canvas.toolProperty().addListener((o, old, now) -> {
            if (active() && now != paiban.ui.canvas.Tool.SELECT && now != paiban.ui.canvas.Tool.TEXT) leave();
        });
        document.editionProperty().addListener((o, old, now) -> revalidate(old));
        // an undo or redo of the story's text brings the caret, and the canvas, to where it was changed
        int[] replays = {typing.history().replays()};
        typing.history().addListener(() -> {
            if (typing.history().replays() == replays[0]) return;
            replays[0] = typing.history().replays();
            StoryOffset at = changedAt;
            changedAt = null;
            if (active() && at != null) move(TextCaret.at(TextEdits.clamp(paragraphs(), at)));
        });
        document.openedProperty().addListener(o -> leave());
    }

    /** The caret and selection, null when the canvas is not in text mode. */
    public ReadOnlyObjectProperty<TextCaret> caretProperty() { return caret.getReadOnlyProperty(); }

    public TextCaret caret() { return caret.get(); }

    public boolean active() { return caret.get() != null; }

    public ReadOnlyStringProperty composingProperty() { return composing.getReadOnlyProperty(); }

    /** The story being edited; empty in a frame that has none yet. */
    public Optional<Story> story() {
        return storyId == null ? Optional.empty() : document.edition().story(storyId);
    }

    public StoryTyping typing() { return typing; }

    /** The edited story's laid-out lines in the current layout (none for a frame without a story). */
    public Optional<StoryLines> lines() {
        Optional<Story> s = story();
        if (s.isEmpty()) return Optional.empty();
        EditionLayout layout = document.layout();
        if (lines == null || linesLayout != layout || linesStory != s.get()) {
            lines = StoryLines.of(layout, s.get());
            linesLayout = layout;
            linesStory = s.get();
        }
        return Optional.of(lines);
    }

    /** True for frames that hold text: text and headline frames. */
    public static boolean holdsText(FrameKind kind) {
        return kind == FrameKind.TEXT || kind == FrameKind.HEADLINE;
    }

    // ----- entering and leaving

    /**
     * Enters text mode in frame {@code frameId} of the current page with the
     * caret at the character boundary nearest the page point (x, y).
     *
     * @return false when the frame holds no text
     */
    public boolean enter(String frameId, int x, int y) {
        Optional<Page> page = canvas.currentPage();
        if (page.isEmpty()) return false;
        Optional<Frame> f = page.get().frame(frameId);
        if (f.isEmpty() || !(f.get() instanceof TextFrame || f.get() instanceof HeadlineFrame)) return false;
        frame = new FrameRef(page.get().id(), frameId);
        Edition e = document.edition();
        storyId = e.storyOfFrame(frameId).filter(s -> s.chain().contains(frame)).map(Story::id).orElse(null);
        goalX = null;
        typing.endBurst();
        follow(() -> canvas.selectedFrameIdProperty().set(frameId));
        StoryOffset at = lines().map(l -> l.hit(frame.pageId(), f.get().bounds(), x, y, bodySize()))
                .map(StoryLines.Hit::offset).orElse(StoryOffset.START);
        caret.set(TextCaret.at(at));
        return true;
    }

    /** Leaves text mode; the frame stays selected. */
    public void leave() {
        if (!active()) return;
        caret.set(null);
        composing.set("");
        frame = null;
        storyId = null;
        goalX = null;
        typing.endBurst();
    }

    /** True when {@code frameId} belongs to the edited story (or is the frame entered). */
    private boolean inStory(String frameId) {
        if (frameId == null || frameId.isEmpty()) return false;
        if (frame != null && frame.frameId().equals(frameId)) return true;
        return story().map(s -> s.threads(frameId)).orElse(false);
    }

    /**
     * After an edit from anywhere (undo, the story editor): the story may be
     * gone or shorter, and the caret follows a change of its text.
     */
    private void revalidate(Edition old) {
        changedAt = null;
        if (!active()) return;
        Edition e = document.edition();
        if (frame == null || e.frame(frame).isEmpty()) {
            leave();
            return;
        }
        storyId = e.storyOfFrame(frame.frameId()).filter(s -> s.chain().contains(frame)).map(Story::id)
                .orElse(storyId != null && e.story(storyId).isPresent() ? storyId : null);
        List<Paragraph> ps = paragraphs();
        TextCaret c = caret.get();
        List<Paragraph> before = old == null || storyId == null ? null
                : old.story(storyId).map(Story::paragraphs).orElse(null);
        if (before != null && !before.equals(ps)) {
            OffsetFollow f = new OffsetFollow(before, ps);
            c = new TextCaret(f.follow(c.anchor()), f.follow(c.caret()), c.lineEnd());
            changedAt = f.changeEnd();
        }
        StoryOffset a = TextEdits.clamp(ps, c.anchor()), b = TextEdits.clamp(ps, c.caret());
        if (!a.equals(caret.get().anchor()) || !b.equals(caret.get().caret())) caret.set(new TextCaret(a, b, c.lineEnd()));
    }

    // ----- moving

    /** The caret keys' moves over the story as it is now. */
    private CaretMoves moves() {
        return new CaretMoves(paragraphs(), lines().orElse(null));
    }

    /** Left by a character; with a selection and no {@code extend}, to its start. */
    public void left(boolean extend) {
        if (active()) move(moves().left(caret.get(), extend));
    }

    public void right(boolean extend) {
        if (active()) move(moves().right(caret.get(), extend));
    }

    /** Up ({@code direction} -1) or down a line of the story, keeping the x, across columns, frames and pages. */
    public void vertical(int direction, boolean extend) {
        if (!active()) return;
        CaretMoves.Vertical v = moves().vertical(caret.get(), direction, extend, goalX);
        move(v.caret());
        goalX = v.goalX();
    }

    /** To the start ({@code end} false) or end of the caret's line. */
    public void lineEdge(boolean end, boolean extend) {
        if (active()) move(moves().lineEdge(caret.get(), end, extend));
    }

    /** To the story's start or its last laid-out place. */
    public void storyEdge(boolean end, boolean extend) {
        if (active()) move(moves().storyEdge(caret.get(), end, extend));
    }

    /** The whole story; the canvas stays where it is. */
    public void selectAll() {
        if (active()) select(moves().all());
    }

    /**
     * A click (or drag) at a page point of the current page: the caret goes to
     * the nearest place in the frame of the story under the point.
     *
     * @param extend keep the anchor, as Shift-click and dragging do
     * @return false when the point is in none of the story's frames (text mode should end)
     */
    public boolean pointAt(int x, int y, int tolerance, boolean extend) {
        Optional<Frame> hitFrame = storyFrameAt(x, y, tolerance);
        if (hitFrame.isEmpty() || !active()) return false;
        if (!hitFrame.get().id().equals(canvas.selectedFrameIdProperty().get()))
            follow(() -> canvas.selectedFrameIdProperty().set(hitFrame.get().id()));
        Optional<StoryLines> ls = lines();
        if (ls.isEmpty()) return true;
        String pageId = canvas.currentPage().orElseThrow().id();
        StoryLines.Hit hit = ls.get().hit(pageId, hitFrame.get().bounds(), x, y, bodySize());
        move(CaretMoves.to(caret.get(), hit.offset(), hit.lineEnd(), extend));
        return true;
    }

    /** A drag to a page point: the selection's end follows to the nearest line of the story on the page. */
    public void dragTo(int x, int y) {
        Optional<StoryLines> ls = lines();
        Optional<Page> page = canvas.currentPage();
        if (!active() || ls.isEmpty() || page.isEmpty()) return;
        StoryLines.Hit hit = ls.get().hit(page.get().id(), null, x, y, bodySize());
        if (hit.offset().equals(ls.get().lastPlace()) && ls.get().lines().stream().noneMatch(p -> p.pageId().equals(page.get().id())))
            return;
        move(CaretMoves.to(caret.get(), hit.offset(), hit.lineEnd(), true));
    }

    /** Double-click: the word (a Han character, or a run of Latin letters and digits) at a page point. */
    public boolean selectWordAt(int x, int y, int tolerance) {
        if (!pointAt(x, y, tolerance, false)) return false;
        select(moves().word(caret.get().caret()));
        return true;
    }

    /** Triple-click: the paragraph at a page point. */
    public boolean selectParagraphAt(int x, int y, int tolerance) {
        if (!pointAt(x, y, tolerance, false)) return false;
        select(moves().paragraph(caret.get().caret()));
        return true;
    }

    private Optional<Frame> storyFrameAt(int x, int y, int tolerance) {
        Optional<Page> page = canvas.currentPage();
        if (page.isEmpty()) return Optional.empty();
        List<Frame> frames = page.get().frames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (f.bounds().grow(tolerance).contains(x, y)) return inStory(f.id()) ? Optional.of(f) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Puts the caret where a move took it and the canvas where the caret is. */
    private void move(TextCaret to) {
        goalX = null;
        composing.set("");
        caret.set(to);
        reveal();
    }

    /** A selection made by the pointer or Ctrl+A: the canvas does not follow its end elsewhere. */
    private void select(TextCaret to) {
        goalX = null;
        composing.set("");
        caret.set(to);
    }

    private StoryOffset lastPlace() {
        return moves().lastPlace();
    }

    /**
     * Shows the page and selects the frame the caret is in, so the caret is
     * on the canvas after moving or typing across a frame or page boundary.
     */
    private void reveal() {
        TextCaret c = caret.get();
        if (c == null) return;
        Optional<StoryLines> ls = lines();
        if (ls.isEmpty()) return;
        Optional<StoryLines.Placed> line = ls.get().line(c.caret(), c.lineEnd());
        if (line.isEmpty()) return;
        Optional<String> frameId = ls.get().frameOf(line.get());
        List<Page> pages = document.edition().pages();
        int index = -1;
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).id().equals(line.get().pageId())) index = i;
        int pageIndex = index;
        follow(() -> {
            if (pageIndex >= 0 && pageIndex != canvas.pageIndex()) canvas.showPage(pageIndex);
            frameId.ifPresent(id -> {
                canvas.selectedFrameIdProperty().set(id);
                frame = new FrameRef(line.get().pageId(), id);
            });
        });
    }

    private void follow(Runnable r) {
        following = true;
        try {
            r.run();
        } finally {
            following = false;
        }
    }

    // ----- editing

    /** The selected text, "" when nothing is selected. */
    public String selectedText() {
        TextCaret c = caret.get();
        return c == null ? "" : TextEdits.text(paragraphs(), c.start(), c.end());
    }

    /** Ctrl+B: 粗体 on the selection, or off when all of it is bold; one undo step. False with no selection. */
    public boolean toggleBold() {
        return format(paiban.edit.CharFormatting::toggleBold);
    }

    /**
     * A character formatting of the selection (a style, a colour, 着重号 …) as one
     * undo step; the selection stays on the same characters. False with no selection.
     */
    public boolean format(paiban.ui.format.FormatTarget.Formatting f) {
        TextCaret c = caret.get();
        if (c == null || storyId == null || !c.hasSelection()) return false;
        var range = new paiban.edit.CharFormatting.Range(c.start().paragraph(), c.start().offset(),
                c.end().paragraph(), c.end().offset());
        var change = f.of(document.edition(), storyId, range);
        if (change.isEmpty()) return false;
        typing.endBurst();
        typing.history().apply(change.get());
        return true;
    }

    /** The names of the edition's character styles, for the text mode's menus. */
    public java.util.List<String> charStyleNames() {
        return document.edition().styles().charStyles().stream().map(paiban.model.style.CharStyle::name).toList();
    }

    /** Types {@code text} in place of the selection; line ends in it start paragraphs. */
    public void type(String text) {
        if (text == null || text.isEmpty()) return;
        edit((ps, c) -> TextEdits.typeOver(ps, c.start(), c.end(), text));
    }

    /** Enter: ends the paragraph at the caret (the selection deleted first); the new one keeps the style. */
    public void newParagraph() {
        edit((ps, c) -> TextEdits.breakParagraph(ps, c.start(), c.end()));
    }

    /** Shift+Enter: a line break that stays in the paragraph ({@link paiban.model.story.Paragraph#LINE_BREAK}). */
    public void lineBreak() {
        type(String.valueOf(paiban.model.story.Paragraph.LINE_BREAK));
    }

    /** Backspace: the selection, or the code point (or paragraph break) before the caret. */
    public void deleteBackward() {
        edit((ps, c) -> TextEdits.backspace(ps, c.start(), c.end()));
    }

    /** Delete: the selection, or the code point (or paragraph break) after the caret. */
    public void deleteForward() {
        edit((ps, c) -> TextEdits.deleteForward(ps, c.start(), c.end()));
    }

    /** Cut: the selected text, deleted as an undo step of its own. */
    public String cut() {
        String text = selectedText();
        if (text.isEmpty()) return "";
        typing.endBurst();
        deleteBackward();
        typing.endBurst();
        return text;
    }

    /** Paste: plain text in place of the selection, as an undo step of its own. */
    public void paste(String text) {
        if (text == null || text.isEmpty()) return;
        typing.endBurst();
        type(text);
        typing.endBurst();
    }

    /** Input-method text being composed, shown at the caret until committed. */
    public void compose(String text) {
        if (active()) composing.set(text == null ? "" : text);
    }

    private void edit(BiFunction<List<Paragraph>, TextCaret, TextEdits.Result> how) {
        TextCaret c = caret.get();
        if (c == null) return;
        composing.set("");
        List<Paragraph> before = paragraphs();
        TextCaret clamped = new TextCaret(TextEdits.clamp(before, c.anchor()), TextEdits.clamp(before, c.caret()), false);
        TextEdits.Result r = how.apply(before, clamped);
        if (r.paragraphs().equals(story().map(Story::paragraphs).orElse(List.of())) && story().isPresent()) {
            caret.set(TextCaret.at(r.caret()));
            return;
        }
        if (storyId == null) {
            if (r.paragraphs().size() == 1 && r.paragraphs().get(0).text().isEmpty()) return;
            storyId = typing.startStory(document.edition(), frame, r.paragraphs());
        } else {
            typing.setText(storyId, r.paragraphs(), clamped.start().paragraph());
        }
        goalX = null;
        caret.set(TextCaret.at(r.caret()));
        reveal();
    }

    /** The story's paragraphs as edits see them: at least one, in the frame's default style. */
    private List<Paragraph> paragraphs() {
        String style = frame != null && document.edition().frame(frame).orElse(null) instanceof HeadlineFrame
                ? document.edition().styles().nameOf(StyleRole.TITLE) : document.edition().styles().body().name();
        return TextEdits.editable(story().map(Story::paragraphs).orElse(List.of()), style);
    }

    int bodySize() {
        return canvas.template().map(paiban.model.PageTemplate::bodySize).orElse(9000);
    }

    /**
     * Where the caret shows: its page, x and the top and bottom of its line's
     * type, millipoints; {@code overset} when the caret is in text past the
     * last frame and is shown, as a warning, after the last character set.
     */
    public record CaretPlace(String pageId, int x, int top, int bottom, int size, boolean overset, boolean vertical) {
        public CaretPlace(String pageId, int x, int top, int bottom, int size, boolean overset) {
            this(pageId, x, top, bottom, size, overset, false);
        }
    }

    /**
     * In vertical text (竖排) the caret place's {@code x} is its page y down the column and
     * {@code top}/{@code bottom} the column's left and right edges.
     */
    public boolean caretInVerticalText() {
        return caretPlace().map(CaretPlace::vertical).orElse(false);
    }

    /** Where the caret is drawn; empty when not in text mode or in overset text. */
    public Optional<CaretPlace> caretPlace() {
        TextCaret c = caret.get();
        if (c == null) return Optional.empty();
        Optional<StoryLines.Placed> line = lines().flatMap(l -> l.line(c.caret(), c.lineEnd()));
        boolean overset = false;
        StoryOffset shown = c.caret();
        if (line.isEmpty() && lines().map(l -> !l.isEmpty()).orElse(false)) {
            // typed on past the last frame: the caret waits after the last character set
            overset = true;
            shown = lastPlace();
            line = lines().flatMap(l -> l.line(lastPlace(), true));
        }
        if (line.isPresent()) {
            var l = line.get().line();
            if (l.vertical()) {
                int left = LineCarets.columnLeft(l, bodySize()), size = LineCarets.size(l, bodySize());
                return Optional.of(new CaretPlace(line.get().pageId(), LineCarets.caretX(l, shown.offset()), left,
                        left + size, size, overset, true));
            }
            return Optional.of(new CaretPlace(line.get().pageId(), LineCarets.caretX(l, shown.offset()),
                    LineCarets.top(l, bodySize()), LineCarets.bottom(l, bodySize()), LineCarets.size(l, bodySize()), overset));
        }
        // a frame without text yet: the caret waits at its top-left corner, inside the insets
        if (frame != null && (story().isEmpty() || lines().map(StoryLines::isEmpty).orElse(true))) {
            Optional<Frame> f = document.edition().frame(frame);
            if (f.isPresent()) {
                Rect b = f.get().bounds();
                int size = bodySize();
                Rect in = f.get() instanceof TextFrame t ? t.textArea() : b;
                return Optional.of(new CaretPlace(frame.pageId(), in.x(), in.y(), in.y() + size, size, false));
            }
        }
        return Optional.empty();
    }

    /** The frame text mode is in, for tests and the painter. */
    public Optional<FrameRef> frame() { return Optional.ofNullable(frame); }
}
