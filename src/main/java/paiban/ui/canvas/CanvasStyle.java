package paiban.ui.canvas;

import javafx.scene.paint.Color;
import paiban.layout.FrameKind;

/** Screen colours of the editor overlay; never printed. */
public final class CanvasStyle {
    public static final Color DESK = Color.web("#6b6f75");
    public static final Color SHADOW = Color.rgb(0, 0, 0, 0.35);
    public static final Color COLUMN_GUIDE = Color.web("#d65db1", 0.4);
    public static final Color MARGIN_GUIDE = Color.web("#9b59b6", 0.6);
    public static final Color GRID = Color.web("#4aa3df", 0.28);
    public static final Color SELECTION = Color.web("#0a64ff");
    /** Over each frame of a multiple selection; light enough to read the type through. */
    public static final Color SELECTION_TINT = Color.web("#0a64ff", 0.08);
    public static final Color RUBBER_BAND_FILL = Color.web("#0a64ff", 0.12);
    public static final Color THREAD = Color.web("#0a64ff", 0.85);
    public static final Color OVERSET = Color.web("#e0001b");

    private CanvasStyle() {}

    /** The outline colour of a frame kind, so a designer tells them apart at a glance. */
    public static Color outline(FrameKind kind) {
        return switch (kind) {
            case TEXT -> Color.web("#2f7fd8");
            case HEADLINE -> Color.web("#8e44ad");
            case IMAGE -> Color.web("#1f9d6b");
            case RULE -> Color.web("#e67e22");
            case AD -> Color.web("#b8860b");
            case HEADER -> Color.web("#6c7a89");
            case TABLE -> Color.web("#16a085");
        };
    }
}
