package paiban.model;

import java.nio.file.Path;

/**
 * Paths from the file names an edition holds. A name may carry half of a
 * surrogate pair (pasted from a broken source, and kept so the file round
 * trips); no file system can encode it, so it becomes U+FFFD here and the
 * file is simply not found — a missing image or ad, said by preflight —
 * instead of an exception while a page is drawn.
 */
public final class FilePaths {
    private FilePaths() {}

    /** {@code name} relative to {@code baseDir} (absolute when {@code baseDir} is null), normalised. */
    public static Path resolve(Path baseDir, String name) {
        Path p = Path.of(encodable(name));
        if (p.isAbsolute()) return p.normalize();
        return (baseDir == null ? p.toAbsolutePath() : baseDir.resolve(p).toAbsolutePath()).normalize();
    }

    /** The name with every lone surrogate replaced by U+FFFD. */
    static String encodable(String name) {
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1));
            if (paired) {
                if (sb != null) sb.append(c).append(name.charAt(i + 1));
                i++;
            } else if (Character.isSurrogate(c) || c == 0) {
                if (sb == null) sb = new StringBuilder(name.substring(0, i));
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? name : sb.toString();
    }
}
