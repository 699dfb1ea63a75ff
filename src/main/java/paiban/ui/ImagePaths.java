package paiban.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;

/**
 * Image paths are stored relative to the edition file, so saving it into
 * another folder must rewrite them to keep pointing at the same pictures.
 */
public final class ImagePaths {
    private ImagePaths() {}

    public static Edition rebase(Edition edition, Path oldFile, Path newFile) {
        if (oldFile == null || oldFile.toAbsolutePath().getParent().equals(newFile.toAbsolutePath().getParent())) {
            return edition;
        }
        List<Page> pages = new ArrayList<>();
        for (Page p : edition.pages()) {
            List<Frame> frames = new ArrayList<>();
            for (Frame f : p.frames()) frames.add(rebase(f, oldFile, newFile));
            pages.add(p.withFrames(frames));
        }
        return edition.withPages(pages);
    }

    private static Frame rebase(Frame f, Path oldFile, Path newFile) {
        if (f instanceof ImageFrame i && !i.path().isBlank()) {
            return i.withPath(move(i.path(), oldFile, newFile));
        }
        if (f instanceof AdFrame a && !a.placedFile().isBlank()) {
            return a.withPlaced(move(a.placedFile(), oldFile, newFile), a.placedPage());
        }
        return f;
    }

    private static String move(String path, Path oldFile, Path newFile) {
        return EditionFile.relativize(newFile, EditionFile.resolve(oldFile, path));
    }
}
