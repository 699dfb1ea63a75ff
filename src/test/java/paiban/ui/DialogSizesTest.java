package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export, preflight and publish windows open at their default first, then at the size they were left at. */
class DialogSizesTest {
    @TempDir Path dir;

    @Test
    void aStoredSizeComesBackAndADefaultStandsInForNoneOrNonsense() throws Exception {
        Path file = dir.resolve("settings/dialog-sizes.properties");
        DialogSizes sizes = new DialogSizes(file);
        assertArrayEquals(new double[] {640, 520}, sizes.size("export", 640, 520), "first time: the default");
        sizes.store("export", 900, 700);
        assertArrayEquals(new double[] {900, 700}, new DialogSizes(file).size("export", 640, 520), "as left");
        assertArrayEquals(new double[] {620, 400}, new DialogSizes(file).size("publish", 620, 400), "each window its own");
        sizes.store("export", 20, 10);
        assertArrayEquals(new double[] {900, 700}, sizes.size("export", 640, 520), "a size too small to read is not kept");
        Files.writeString(file, "export.width=wide\nexport.height=700\n");
        assertArrayEquals(new double[] {640, 520}, sizes.size("export", 640, 520), "nonsense in the file: the default");
    }
}
