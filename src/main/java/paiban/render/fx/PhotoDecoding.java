package paiban.render.fx;

/**
 * Holds the screen's photo decoding back at start: photos asked for after {@link #hold} are decoded
 * (and soft-proofed, 0.4-0.6 s of CPU for the sample's page 1) only after {@link #release}, at the latest
 * after 10 s, so the window's start has the CPU. The page is painted without them and again when they
 * land. Touches no JavaFX class, so it may be called before the toolkit starts.
 */
public final class PhotoDecoding {
    private PhotoDecoding() {}

    /** Photos asked for from now on wait for {@link #release}. */
    public static void hold() {
        ScreenImages.hold();
    }

    /** Lets the held and all later photo decodings run. */
    public static void release() {
        ScreenImages.release();
    }
}
