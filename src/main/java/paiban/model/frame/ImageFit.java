package paiban.model.frame;

public enum ImageFit {
    /** Scale to cover the frame, cropping the overflow (the usual news photo). */
    FILL,
    /** Scale to show the whole image inside the frame. */
    FIT,
    /** Use {@code scale} and {@code offsetX/Y} as set by the designer. */
    MANUAL
}
