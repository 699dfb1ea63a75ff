package paiban.compose.flow;

import paiban.model.Limits;
import paiban.model.Rect;
import paiban.model.frame.ImageFit;

/**
 * Where an image of a given pixel size is drawn for a frame: covering it,
 * inside it, as wide or as high as it, at 100 %, or as the designer set it.
 * The rectangle is the picture as it lies on the page, after its turn: a
 * picture turned a quarter takes its width from the file's height.
 */
public final class ImagePlacement {
    /** Millipoints per pixel at 100 % (one pixel a point, 72 ppi). */
    public static final double ORIGINAL_SCALE = 1000;

    private ImagePlacement() {}

    public static Rect place(Rect frame, int pixelsWide, int pixelsHigh, ImageFit fit, double scale, int offsetX, int offsetY) {
        return place(frame, pixelsWide, pixelsHigh, fit, scale, offsetX, offsetY, 0);
    }

    /** As {@link #place(Rect, int, int, ImageFit, double, int, int)}, the picture turned {@code quarterTurns} clockwise. */
    public static Rect place(Rect frame, int pixelsWide, int pixelsHigh, ImageFit fit, double scale, int offsetX, int offsetY,
                             int quarterTurns) {
        if (pixelsWide <= 0 || pixelsHigh <= 0) return frame;
        boolean turned = (quarterTurns & 1) == 1;
        int pw = turned ? pixelsHigh : pixelsWide, ph = turned ? pixelsWide : pixelsHigh;
        if (fit == ImageFit.MANUAL) {
            return new Rect(frame.x() + offsetX, frame.y() + offsetY, clamp(pw * scale * ORIGINAL_SCALE),
                    clamp(ph * scale * ORIGINAL_SCALE));
        }
        double s = scale(frame, pixelsWide, pixelsHigh, fit, quarterTurns);
        int w = clamp(pw * s), h = clamp(ph * s);
        return new Rect(frame.x() + (frame.width() - w) / 2, frame.y() + (frame.height() - h) / 2, w, h);
    }

    /** Millipoints per pixel that {@code fit} gives (MANUAL: the stored one is not known here, 100 %). */
    public static double scale(Rect frame, int pixelsWide, int pixelsHigh, ImageFit fit, int quarterTurns) {
        boolean turned = (quarterTurns & 1) == 1;
        int pw = turned ? pixelsHigh : pixelsWide, ph = turned ? pixelsWide : pixelsHigh;
        double sx = (double) frame.width() / pw, sy = (double) frame.height() / ph;
        return switch (fit) {
            case FILL -> Math.max(sx, sy);
            case FIT -> Math.min(sx, sy);
            case FILL_WIDTH -> sx;
            case FILL_HEIGHT -> sy;
            case ORIGINAL, MANUAL -> ORIGINAL_SCALE;
        };
    }

    /**
     * Effective resolution of a picture drawn at {@code placed}: pixels per
     * inch along its less dense side; 0 when it has no size.
     */
    public static double ppi(int pixelsWide, int pixelsHigh, Rect placed, int quarterTurns) {
        if (placed.width() <= 0 || placed.height() <= 0 || pixelsWide <= 0 || pixelsHigh <= 0) return 0;
        boolean turned = (quarterTurns & 1) == 1;
        int pw = turned ? pixelsHigh : pixelsWide, ph = turned ? pixelsWide : pixelsHigh;
        return Math.min(pw / (placed.width() / 72000.0), ph / (placed.height() / 72000.0));
    }

    /**
     * A drawn size, at most a few times the largest length of the file: an
     * image 2147483647 pixels wide filling a frame must not wrap round to a
     * negative width (the reader bounds images too; this keeps the sums safe).
     */
    private static int clamp(double mpt) {
        return (int) Math.max(0, Math.min(4L * Limits.MAX_LENGTH, Math.round(mpt)));
    }
}
