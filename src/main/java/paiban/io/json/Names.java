package paiban.io.json;

import java.util.Locale;

/** How enum constants are written in the file: lower case, words joined by hyphens. */
final class Names {
    private Names() {}

    static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
