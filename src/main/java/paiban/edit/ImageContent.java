package paiban.edit;

import java.util.List;

import paiban.compose.flow.ImagePlacement;
import paiban.model.Limits;
import paiban.model.Rect;
import paiban.model.frame.ImageFit;
import paiban.model.frame.ImageFrame;

/**
 * Edits of the picture inside an image frame, each one undo step: a fit, a
 * scale in %, the picture moved (the frame keeps cropping it where it is)
 * and a quarter turn. Moving or scaling needs where the picture lies now
 * (its {@code placement} from the layout) and its pixel size; it becomes
 * MANUAL, the frame's fit no longer redoing it.
 */
public final class ImageContent {
    private ImageContent() {}

    /** The picture placed by {@code fit} anew (its own scale and offset forgotten). */
    public static Change fitted(String pageId, ImageFrame f, ImageFit fit) {
        if (fit == ImageFit.MANUAL) throw new IllegalArgumentException("manual comes from moving or scaling the picture");
        return one("change.imageFit", pageId, f.withPlacement(fit, 1, 0, 0));
    }

    /** The picture moved by (dx, dy) inside its frame, as it lies now; null for no move. */
    public static Change moved(String pageId, ImageFrame f, Rect placement, int pixelsWide, int pixelsHigh, int dx, int dy) {
        if (dx == 0 && dy == 0) return null;
        double scale = factorOf(placement, pixelsWide, pixelsHigh, f.rotation());
        Rect b = f.bounds();
        return one("change.imageMove", pageId, f.withPlacement(ImageFit.MANUAL, scale,
                placement.x() + dx - b.x(), placement.y() + dy - b.y()));
    }

    /**
     * The picture at {@code percent} of its size at 100 % (72 ppi), about the
     * centre of where it lies now.
     */
    public static Change scaled(String pageId, ImageFrame f, Rect placement, int pixelsWide, int pixelsHigh, double percent) {
        double scale = percent / 100;
        if (!(scale >= Limits.MIN_IMAGE_SCALE && scale <= Limits.MAX_IMAGE_SCALE)) {
            throw new IllegalArgumentException("scale out of range: " + percent);
        }
        boolean turned = (f.rotation() & 1) == 1;
        double mpt = scale * ImagePlacement.ORIGINAL_SCALE;
        double w = (turned ? pixelsHigh : pixelsWide) * mpt, h = (turned ? pixelsWide : pixelsHigh) * mpt;
        double cx = placement.x() + placement.width() / 2.0, cy = placement.y() + placement.height() / 2.0;
        Rect b = f.bounds();
        return one("change.imageScale", pageId, f.withPlacement(ImageFit.MANUAL, scale,
                (int) Math.round(cx - w / 2 - b.x()), (int) Math.round(cy - h / 2 - b.y())));
    }

    /** The picture turned a quarter clockwise ({@code quarters} = 1) or back (-1), about its centre. */
    public static Change turned(String pageId, ImageFrame f, Rect placement, int quarters) {
        ImageFrame next = f.withRotation(f.rotation() + quarters);
        if (f.fit() == ImageFit.MANUAL && (quarters & 1) == 1) {
            // the turned picture keeps its centre: its width and height change places
            int cx = placement.x() + placement.width() / 2, cy = placement.y() + placement.height() / 2;
            Rect b = f.bounds();
            next = next.withPlacement(ImageFit.MANUAL, f.scale(), cx - placement.height() / 2 - b.x(),
                    cy - placement.width() / 2 - b.y());
        }
        return one("change.imageTurn", pageId, next);
    }

    /** The size of a picture lying at {@code placement} as a factor of 100 % (72 ppi), within the file's bounds. */
    public static double factorOf(Rect placement, int pixelsWide, int pixelsHigh, int rotation) {
        int across = (rotation & 1) == 1 ? pixelsHigh : pixelsWide;
        if (across <= 0) throw new IllegalArgumentException("the picture has no size");
        double f = placement.width() / (double) across / ImagePlacement.ORIGINAL_SCALE;
        return Math.max(Limits.MIN_IMAGE_SCALE, Math.min(Limits.MAX_IMAGE_SCALE, f));
    }

    /** The scale shown in the panel: % of the picture at 72 ppi. */
    public static double percent(Rect placement, int pixelsWide, int pixelsHigh, int rotation) {
        return factorOf(placement, pixelsWide, pixelsHigh, rotation) * 100;
    }

    private static Change one(String key, String pageId, ImageFrame next) {
        return new ChangeSequence(key, List.of(new ReplaceFrame(pageId, next)));
    }
}
