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
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.ParagraphStyle;
import paiban.render.LayoutWalker;
import paiban.render.fx.FxPainter;
import paiban.render.fx.ScreenTransform;
import paiban.ui.Messages;

/**
 * A sample paragraph in one style, composed by the real composer on the
 * edition's own grid and drawn by the screen painter, so the preview is what
 * the page will show: a frame two columns of the template wide, a few lines high.
 */
public final class StylePreview extends Canvas {
    static final int LINES = 6;
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
        PageTemplate t = edition.templates().get(0);
        int width = t.spanWidth(Math.min(2, t.columns()));
        int height = t.spanHeight(LINES);
        Rect frame = new Rect(t.marginLeft(), t.marginTop(), width, height);
        String text = Messages.get(style.role().display() || style.linesPerLine() > 1 ? "styles.preview.headline" : "styles.preview.text");
        Page page = new Page("preview", "", "", t.name(), List.of(new TextFrame("preview-frame", frame, 1, 0)));
        Story story = new Story("preview-story", "", List.of(new Paragraph(style.name(), text)),
                List.of(new FrameRef("preview", "preview-frame")));
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
