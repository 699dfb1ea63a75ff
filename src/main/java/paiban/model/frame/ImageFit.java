package paiban.model.frame;

public enum ImageFit {
    /** Scale to cover the frame, cropping the overflow (the usual news photo). */
    FILL,
    /** Scale to show the whole image inside the frame. */
    FIT,
    /** Scale so the picture is as wide as the frame (cropped above and below when taller). */
    FILL_WIDTH,
    /** Scale so the picture is as high as the frame (cropped at the sides when wider). */
    FILL_HEIGHT,
    /** The picture at 100 %: one pixel per point (72 ppi), centred. */
    ORIGINAL,
    /** Use {@code scale} and {@code offsetX/Y} as set by the designer. */
    MANUAL
}
