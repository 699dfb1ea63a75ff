package paiban.ui.canvas.text;

import java.util.Optional;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import paiban.edit.LineCarets;
import paiban.edit.StoryLines;
import paiban.edit.StoryOffset;
import paiban.layout.LineBox;
import paiban.render.fx.ScreenTransform;
import paiban.ui.UiFonts;

/**
 * Draws text mode over the page: the selection as a translucent band over
 * the glyph boxes of each selected line on the page, a paragraph break in
 * it as half an em more, and the caret as a one-pixel line the height of
 * its line's type, with text an input method is composing beside it.
 */
public final class TextPainter {
    static final Color HIGHLIGHT = Color.web("#2f7fd8", 0.32);
    static final Color CARET = Color.web("#101820");
    static final Color COMPOSING = Color.web("#0a64ff");
    /** The caret in overset text, shown after the last character set. */
    static final Color OVERSET = Color.web("#e0001b");

    private TextPainter() {}

    public static void paint(GraphicsContext gc, ScreenTransform at, CanvasTextModel model, String pageId) {
        TextCaret c = model.caret();
        if (c == null || pageId == null) return;
        if (c.hasSelection()) selection(gc, at, model, c, pageId);
        Optional<CanvasTextModel.CaretPlace> place = model.caretPlace().filter(p -> p.pageId().equals(pageId));
        if (place.isEmpty()) return;
        CanvasTextModel.CaretPlace p = place.get();
        if (p.vertical()) {
            // 竖排: the caret crosses the column
            double y = Math.floor(at.y(p.x())) + 0.5;
            gc.setStroke(p.overset() ? OVERSET : CARET);
            gc.setLineWidth(p.overset() ? 2 : 1);
            gc.setLineDashes((double[]) null);
            gc.strokeLine(at.x(p.top()), y, at.x(p.bottom()), y);
            return;
        }
        double x = Math.floor(at.x(p.x())) + 0.5;
        String composing = model.composingProperty().get();
        if (!composing.isEmpty()) x = composing(gc, at, p, composing);
        gc.setStroke(p.overset() ? OVERSET : CARET);
        gc.setLineWidth(p.overset() ? 2 : 1);
        gc.setLineDashes((double[]) null);
        gc.strokeLine(x, at.y(p.top()), x, at.y(p.bottom()));
    }

    private static void selection(GraphicsContext gc, ScreenTransform at, CanvasTextModel model, TextCaret c, String pageId) {
        Optional<StoryLines> ls = model.lines();
        if (ls.isEmpty()) return;
        var paragraphs = model.story().map(s -> s.paragraphs()).orElse(java.util.List.of());
        StoryOffset a = c.start(), b = c.end();
        gc.setFill(HIGHLIGHT);
        int fallback = model.bodySize();
        for (StoryLines.Placed p : ls.get().lines()) {
            if (!p.pageId().equals(pageId)) continue;
            LineBox l = p.line();
            StoryOffset from = StoryOffset.max(a, p.start()), to = StoryOffset.min(b, p.end());
            if (to.before(from)) continue;
            int x0 = LineCarets.caretX(l, from.offset()), x1 = LineCarets.caretX(l, to.offset());
            // the selection goes on past the paragraph's end: show the break it takes as half an em
            boolean lastOfParagraph = l.paragraph() < paragraphs.size()
                    && l.end() >= paragraphs.get(l.paragraph()).text().length();
            if (lastOfParagraph && b.paragraph() > l.paragraph()) x1 += LineCarets.size(l, fallback) / 2;
            if (x1 <= x0) continue;
            if (l.vertical()) {
                double left = at.x(LineCarets.columnLeft(l, fallback));
                gc.fillRect(left, at.y(x0), at.length(LineCarets.size(l, fallback)), at.length(x1 - x0));
                continue;
            }
            double top = at.y(LineCarets.top(l, fallback)), bottom = at.y(LineCarets.bottom(l, fallback));
            gc.fillRect(at.x(x0), top, at.length(x1 - x0), bottom - top);
        }
    }

    /** The composing text on white, underlined, starting at the caret; returns the caret's x after it. */
    private static double composing(GraphicsContext gc, ScreenTransform at, CanvasTextModel.CaretPlace p, String text) {
        double size = Math.max(10, at.length(p.size()));
        Font font = UiFonts.sans(size);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(font);
        double w = measure.getLayoutBounds().getWidth();
        double x = at.x(p.x()), top = at.y(p.top()), bottom = Math.max(at.y(p.bottom()), top + size);
        gc.setFill(Color.WHITE);
        gc.fillRect(x, top, w, bottom - top);
        gc.setFill(COMPOSING);
        gc.setFont(font);
        gc.setTextBaseline(javafx.geometry.VPos.BOTTOM);
        gc.fillText(text, x, bottom - 1);
        gc.setTextBaseline(javafx.geometry.VPos.BASELINE);
        gc.setStroke(COMPOSING);
        gc.setLineWidth(1);
        gc.strokeLine(x, Math.floor(bottom) + 0.5, x + w, Math.floor(bottom) + 0.5);
        return Math.floor(x + w) + 0.5;
    }
}
