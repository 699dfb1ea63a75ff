package paiban.io.imports;

/**
 * A picture found in an imported document, listed for the designer to place
 * (the text itself never holds images).
 *
 * @param name            the picture's file name inside the document (image1.png)
 * @param contentType     its MIME type
 * @param widthMpt        width as placed in the document, millipoints (0 when unknown)
 * @param heightMpt       height as placed in the document, millipoints (0 when unknown)
 * @param afterParagraph  how many non-empty paragraphs of the source document precede it (headline
 *                        included, before clean-up splits or joins any): where it stood in the copy
 * @param data            the image file's bytes
 */
public record ImportedImage(String name, String contentType, int widthMpt, int heightMpt,
                            int afterParagraph, byte[] data) {
    public ImportedImage {
        data = data == null ? new byte[0] : data.clone();
    }

    @Override public byte[] data() { return data.clone(); }

    public int size() { return data.length; }

    @Override public String toString() {
        return name + " (" + contentType + ", " + data.length + " bytes, " + widthMpt + "×" + heightMpt + " mpt)";
    }
}
