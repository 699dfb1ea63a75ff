package paiban.io.imports;

/**
 * The most an import takes. Past a limit the import stops with a message that names the limit, before
 * the memory is spent: sizes are checked before a file is read and a .docx part's inflated size before
 * Word is parsed, so a huge or zip-bomb file costs a directory listing and at most a limit's worth of inflating.
 */
public final class ImportLimits {
    private ImportLimits() {}

    /** Largest text file (.txt): 8 MB, some 2.7 million Chinese characters in UTF-8, a hundred papers' worth of copy. */
    public static final long MAX_TEXT_BYTES = 8L << 20;
    /** Largest .docx file on disk, pictures included. */
    public static final long MAX_DOCX_BYTES = 64L << 20;
    /** Most a .docx's text parts (its XML: document, styles, comments …) may inflate to, together. */
    public static final long MAX_DOCX_XML_BYTES = 8L << 20;
    /** Most a .docx's pictures may inflate to, together. */
    public static final long MAX_DOCX_MEDIA_BYTES = 128L << 20;
    /** Most parts a .docx may hold. */
    public static final int MAX_DOCX_ENTRIES = 10_000;
    /** Longest paragraph, in characters (UTF-16 units): a long news story is 5,000. */
    public static final int MAX_PARAGRAPH_CHARS = 100_000;
    /** Most paragraphs in one import. */
    public static final int MAX_PARAGRAPHS = 20_000;

    /** A byte count as people read it: 200 MB, 8 MB, 512 KB. */
    public static String size(long bytes) {
        if (bytes >= (1L << 20)) {
            double mb = bytes / (double) (1L << 20);
            return (mb >= 10 || mb == Math.floor(mb) ? String.valueOf(Math.round(mb)) : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
        }
        if (bytes >= 1024) return Math.round(bytes / 1024.0) + " KB";
        return bytes + " bytes";
    }
}
