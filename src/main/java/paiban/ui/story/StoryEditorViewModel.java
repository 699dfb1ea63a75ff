package paiban.ui.story;

import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import paiban.layout.StoryFit;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.ParagraphStyle;
import paiban.ui.Messages;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.ReplaceStory;

/**
 * The story editor's state: the story threaded through the selected frame,
 * its copyfit from the layout, and edits turned into undoable changes (a
 * burst of typing in one story is one undo step).
 */
public final class StoryEditorViewModel {
    private final CanvasViewModel canvas;
    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>(this, "story");
    private final StringBinding copyfit;

    public StoryEditorViewModel(CanvasViewModel canvas) {
        this.canvas = canvas;
        canvas.selectedFrameIdProperty().addListener(o -> refresh());
        canvas.document().layoutProperty().addListener(o -> refresh());
        copyfit = Bindings.createStringBinding(this::copyfitText, story, canvas.document().layoutProperty());
        refresh();
    }

    /** The story being edited, null when the selection threads none. */
    public ReadOnlyObjectProperty<Story> storyProperty() { return story.getReadOnlyProperty(); }

    public Story story() { return story.get(); }

    /** 已排 N 字 / 共 M 字, then 超 K 字 or 空 L 行. */
    public StringBinding copyfitProperty() { return copyfit; }

    public Optional<StoryFit> fit() {
        Story s = story.get();
        return s == null ? Optional.empty() : Optional.ofNullable(canvas.document().layout().stories().get(s.id()));
    }

    public List<String> paragraphStyles() {
        return canvas.document().edition().styles().paragraphStyles().stream().map(ParagraphStyle::name).toList();
    }

    /** The text as typed replaces the story's; paragraphs split and join at newlines. */
    public void setText(String text) {
        Story s = story.get();
        if (s == null || StoryText.of(s).equals(text)) return;
        canvas.undoStack().applyMerging(new ReplaceStory(StoryText.withText(s, text)), "story-text:" + s.id());
    }

    /** Gives paragraph {@code index} another paragraph style. */
    public void setStyle(int index, String style) {
        Story s = story.get();
        if (s == null || index < 0 || index >= s.paragraphs().size()) return;
        Paragraph p = s.paragraphs().get(index);
        if (p.style().equals(style)) return;
        canvas.undoStack().apply(new ReplaceStory(s.withParagraph(index, p.withStyle(style))));
    }

    private void refresh() {
        String id = canvas.selectedFrameIdProperty().get();
        Story next = id == null || id.isEmpty() ? null : canvas.document().edition().storyOfFrame(id).orElse(null);
        if (next != story.get()) story.set(next);
    }

    private String copyfitText() {
        Optional<StoryFit> f = fit();
        if (f.isEmpty()) return "";
        StoryFit fit = f.get();
        String base = Messages.get("story.fit", fit.charsSet(), fit.characters());
        if (fit.overset() > 0) return base + "　" + Messages.get("canvas.overset", fit.overset());
        return base + "　" + Messages.get("story.linesLeft", fit.linesLeft());
    }
}
