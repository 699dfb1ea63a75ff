package paiban.font;

import java.nio.file.Path;

/** A font file the edition needs is not where the library looks. */
public final class MissingFontException extends RuntimeException {
    private final String face;

    public MissingFontException(String face, Path file) {
        super("font " + face + " not found at " + file
                + " (set -Dpaiban.assets or PAIBAN_ASSETS to the folder holding fonts/)");
        this.face = face;
    }

    public String face() { return face; }
}
