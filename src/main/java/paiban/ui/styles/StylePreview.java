package paiban.ui.styles;

import java.util.List;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.TextFrame;
import paiban.model.story.CharRun;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.ParagraphStyle;
import paiban.render.LayoutWalker;
import paiban.render.fx.FxPainter;
import paiban.render.fx.ScreenTransform;
import paiban.ui.Messages;

/**
 * A sample paragraph in one style, composed by the real composer on the
 * edition's own grid and drawn by the screen painter, so the preview is what
 * the page will show: a frame two columns of the template wide, a few lines high.
 * A character style is shown on a stretch of body text.
 */
public final class StylePreview extends Canvas {
    static final int LINES = 6;
    /** The stretch of the sample a character style is shown on (今天清晨，滨江两岸四十二公里). */
    static final int RUN_START = 10, RUN_END = 24;
    private static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());
    private PageLayout shown;

    public StylePreview() {
        super(420, 150);
        setId("style-preview");
    }

    /** The page layout last drawn (for tests), null before the first. */
    public PageLayout shown() { return shown; }

    /** Composes and draws {@code style}'s sample in {@code edition}'s styles. */
    public void show(Edition edition, ParagraphStyle style) {
        String text = Messages.get(style.role().display() || style.linesPerLine() > 1 ? "styles.preview.headline" : "styles.preview.text");
        draw(edition, new Paragraph(style.name(), text));
    }

    /**
     * Composes and draws a body paragraph with a stretch in character style
     * {@code style}: the run's face, size, colour and scale beside the body text
     * around it, on the same baseline and the same line pitch.
     */
    public void show(Edition edition, CharStyle style) {
        String text = Messages.get("styles.preview.text");
        int from = Math.min(RUN_START, text.length()), to = Math.min(RUN_END, text.length());
        draw(edition, new Paragraph(edition.styles().body().name(), text, List.of(new CharRun(from, to, style.name()))));
    }

    private void draw(Edition edition, Paragraph paragraph) {
        PageTemplate t = edition.templates().get(0);
        int width = t.spanWidth(Math.min(2, t.columns()));
        int height = t.spanHeight(LINES);
        Rect frame = new Rect(t.marginLeft(), t.marginTop(), width, height);
        Page page = new Page("preview", "", "", t.name(), List.of(new TextFrame("preview-frame", frame, 1, 0)));
        Story story = new Story("preview-story", "", List.of(paragraph), List.of(new FrameRef("preview", "preview-frame")));
        Edition sample = new Edition(edition.name(), edition.date(), edition.settings(), edition.templates(),
                edition.styles(), List.of(page), List.of(story));
        shown = COMPOSER.compose(sample).pages().get(0);
        GraphicsContext gc = getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, getWidth(), getHeight());
        double scale = Math.min((getWidth() - 16) / frame.width(), (getHeight() - 16) / frame.height());
        ScreenTransform at = new ScreenTransform(scale, 8 - frame.x() * scale, 8 - frame.y() * scale);
        LayoutWalker.walk(shown, new FxPainter(gc, at, getWidth(), getHeight()));
        gc.setStroke(Color.gray(0.8));
        gc.strokeRect(at.x(frame.x()) - 0.5, at.y(frame.y()) - 0.5, at.length(frame.width()) + 1, at.length(frame.height()) + 1);
    }
}
