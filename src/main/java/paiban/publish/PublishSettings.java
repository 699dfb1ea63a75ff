package paiban.publish;

/**
 * How the digital edition is made.
 *
 * @param readingWidth   width of the page pictures readers zoom into, pixels
 * @param thumbnailWidth width of the thumbnails on the front page, pixels
 */
public record PublishSettings(int readingWidth, int thumbnailWidth) {
    public PublishSettings {
        if (readingWidth < 200 || readingWidth > 8000) throw new IllegalArgumentException("page pictures must be 200 to 8000 pixels wide, not " + readingWidth);
        if (thumbnailWidth < 40 || thumbnailWidth > readingWidth)
            throw new IllegalArgumentException("thumbnails must be 40 pixels wide or more and no wider than the page pictures, not " + thumbnailWidth);
    }

    public static PublishSettings defaults() {
        return new PublishSettings(1400, 240);
    }
}
