package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.frame.ImageFrame;

class ImagePathsTest {
    final Edition e = TestEditions.twoPages();

    private static String imagePath(Edition e) {
        return ((ImageFrame) e.page("p1").orElseThrow().frame("img1").orElseThrow()).path();
    }

    @Test
    void sameFolderKeepsTheEdition() {
        assertSame(e, ImagePaths.rebase(e, Path.of("/a/b/one.json"), Path.of("/a/b/two.json")));
    }

    @Test
    void anotherFolderPointsAtTheSamePicture() {
        Path from = Path.of("/desk/today/edition.json"), to = Path.of("/desk/archive/2026/edition.json");
        Edition moved = ImagePaths.rebase(e, from, to);
        assertEquals("../../today/missing.jpg", imagePath(moved));
        assertEquals(EditionFile.resolve(from, imagePath(e)), EditionFile.resolve(to, imagePath(moved)));
    }
}
