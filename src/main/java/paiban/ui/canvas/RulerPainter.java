package paiban.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import paiban.model.PageTemplate;
import paiban.model.unit.Units;
import paiban.render.fx.ScreenTransform;

/**
 * The rulers beside the canvas. The outer half counts millimetres from the
 * trim's top-left corner; the inner half counts what the desk counts: 字 from
 * the type area's left edge across, grid lines (行) down.
 */
final class RulerPainter {
    static final double SIZE = 30;
    private static final Color BACK = Color.web("#f1f2f4");
    private static final Color TYPE_AREA = Color.web("#e2e8f3");
    private static final Color TICK = Color.web("#555b63");
    private static final Color POINTER = Color.web("#e0001b");
    private static final int[] MM_STEPS = {1, 2, 5, 10, 20, 50, 100, 200};
    private static final int[] COUNT_STEPS = {1, 2, 5, 10, 20, 50, 100};

    private RulerPainter() {}

    /** The smallest step whose labels stay {@code minPixels} apart. */
    static int step(int[] steps, double pixelsPerUnit, double minPixels) {
        for (int s : steps) if (s * pixelsPerUnit >= minPixels) return s;
        return steps[steps.length - 1];
    }

    /** A ruler with no page to measure: its ground only. */
    static void blank(GraphicsContext gc, double width, double height) {
        gc.setFill(BACK);
        gc.fillRect(0, 0, width, height);
    }

    static void horizontal(GraphicsContext gc, double width, ScreenTransform at, PageTemplate t, Double pointer,
                           Font font) {
        gc.setFill(BACK);
        gc.fillRect(0, 0, width, SIZE);
        gc.setFill(TYPE_AREA);
        gc.fillRect(at.x(t.marginLeft()), SIZE / 2, at.length(t.typeWidth()), SIZE / 2);
        gc.setStroke(TICK);
        gc.setFill(TICK);
        gc.setLineWidth(1);
        gc.setFont(font);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);

        double pxPerMm = at.length(Units.mm(10)) / 10;
        int mmStep = step(MM_STEPS, pxPerMm, 45);
        int mmMinor = mmStep >= 10 ? mmStep / 5 : mmStep == 5 ? 1 : mmStep;
        int firstMm = (int) Math.floor(Units.toMm((int) Math.round(at.pageX(0))) / mmMinor) * mmMinor;
        for (int mm = firstMm; ; mm += mmMinor) {
            double x = crisp(at.x(Units.mm(mm)));
            if (x > width) break;
            boolean major = mm % mmStep == 0;
            gc.strokeLine(x, major ? 2 : SIZE / 2 - 4, x, SIZE / 2);
            if (major) gc.fillText(Integer.toString(mm), x + 2, 1);
        }

        double pxPerChar = at.length(t.bodySize());
        int charStep = step(COUNT_STEPS, pxPerChar, 30);
        int charMinor = pxPerChar >= 4 ? 1 : charStep >= 5 ? charStep / 5 : charStep;
        int total = t.columns() * t.charsPerColumn() + (t.columns() - 1) * t.gapChars();
        gc.setTextBaseline(VPos.BOTTOM);
        for (int c = 0; c <= total; c += charMinor) {
            double x = crisp(at.x(t.marginLeft() + c * t.bodySize()));
            if (x < 0 || x > width) continue;
            boolean major = c % charStep == 0;
            gc.strokeLine(x, SIZE, x, major ? SIZE / 2 + 1 : SIZE - 4);
            if (major) gc.fillText(Integer.toString(c), x + 2, SIZE - 1);
        }
        gc.strokeLine(0, SIZE - 0.5, width, SIZE - 0.5);
        if (pointer != null) {
            gc.setStroke(POINTER);
            gc.strokeLine(crisp(pointer), 0, crisp(pointer), SIZE);
        }
        gc.setTextBaseline(VPos.BASELINE);
    }

    static void vertical(GraphicsContext gc, double height, ScreenTransform at, PageTemplate t, Double pointer,
                         Font font) {
        gc.setFill(BACK);
        gc.fillRect(0, 0, SIZE, height);
        gc.setFill(TYPE_AREA);
        gc.fillRect(SIZE / 2, at.y(t.marginTop()), SIZE / 2, at.length(t.typeHeight()));
        gc.setStroke(TICK);
        gc.setFill(TICK);
        gc.setLineWidth(1);
        gc.setFont(font);

        double pxPerMm = at.length(Units.mm(10)) / 10;
        int mmStep = step(MM_STEPS, pxPerMm, 45);
        int mmMinor = mmStep >= 10 ? mmStep / 5 : mmStep == 5 ? 1 : mmStep;
        int firstMm = (int) Math.floor(Units.toMm((int) Math.round(at.pageY(0))) / mmMinor) * mmMinor;
        for (int mm = firstMm; ; mm += mmMinor) {
            double y = crisp(at.y(Units.mm(mm)));
            if (y > height) break;
            boolean major = mm % mmStep == 0;
            gc.strokeLine(major ? 2 : SIZE / 2 - 4, y, SIZE / 2, y);
            if (major) rotated(gc, Integer.toString(mm), 1, y + 2, VPos.TOP);
        }

        double pxPerLine = at.length(t.pitch());
        int lineStep = step(COUNT_STEPS, pxPerLine, 30);
        int lineMinor = pxPerLine >= 4 ? 1 : lineStep >= 5 ? lineStep / 5 : lineStep;
        // lines are numbered from 1, as the desk counts them; the tick sits at the line's body top
        for (int i = 0; i < t.lines(); i += lineMinor) {
            double y = crisp(at.y(t.lineTop(i)));
            if (y < 0 || y > height) continue;
            boolean major = (i + 1) % lineStep == 0 || i == 0;
            gc.strokeLine(SIZE, y, major ? SIZE / 2 + 1 : SIZE - 4, y);
            if (major) rotated(gc, Integer.toString(i + 1), SIZE - 1, y + 2, VPos.BOTTOM);
        }
        gc.strokeLine(SIZE - 0.5, 0, SIZE - 0.5, height);
        if (pointer != null) {
            gc.setStroke(POINTER);
            gc.strokeLine(0, crisp(pointer), SIZE, crisp(pointer));
        }
    }

    /**
     * The pointer's red mark alone, on the clear layer above a ruler: moving the pointer redraws
     * this one line, not the ruler's ticks and labels.
     */
    static void marker(GraphicsContext gc, double length, boolean horizontal, Double pointer) {
        if (horizontal) gc.clearRect(0, 0, length, SIZE);
        else gc.clearRect(0, 0, SIZE, length);
        if (pointer == null) return;
        gc.setStroke(POINTER);
        gc.setLineWidth(1);
        if (horizontal) gc.strokeLine(crisp(pointer), 0, crisp(pointer), SIZE);
        else gc.strokeLine(0, crisp(pointer), SIZE, crisp(pointer));
    }

    /** Text running down the vertical ruler, read with the head tilted left. */
    private static void rotated(GraphicsContext gc, String text, double x, double y, VPos baseline) {
        gc.save();
        gc.translate(x, y);
        gc.rotate(90);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(baseline == VPos.TOP ? VPos.BOTTOM : VPos.TOP);
        gc.fillText(text, 0, 0);
        gc.restore();
    }

    private static double crisp(double v) { return Math.floor(v) + 0.5; }
}
