package paiban.ui;

import java.nio.file.Path;

import paiban.model.Edition;

/** The main window's title: the edition's name, and its file when there is one. */
public final class WindowTitle {
    private WindowTitle() {}

    /** With a leading * while there are unsaved changes. */
    public static String of(Edition edition, Path file, boolean dirty) {
        return (dirty ? "*" : "") + of(edition, file);
    }

    public static String of(Edition edition, Path file) {
        String name = edition == null || edition.name().isBlank() ? Messages.get("window.untitled") : edition.name();
        if (edition != null && edition.date() != null && !name.contains(edition.date().toString())) {
            name = name + " " + edition.date();
        }
        if (file == null) return Messages.get("window.title", name);
        return Messages.get("window.titleWithFile", name, file.getFileName().toString());
    }
}
