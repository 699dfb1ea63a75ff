package paiban.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.frame.ImageFit;
import paiban.model.frame.ImageFrame;

/** Saving: atomic, with a backup, and never damaging the file that is there. */
class EditionFileSaveTest {
    private static Edition sample;
    private static Edition renamed;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        sample = SampleEditionBuilder.build();
        renamed = new Edition("滨江晚报", sample.date(), sample.settings(), sample.templates(), sample.styles(),
                sample.pages(), sample.stories());
    }

    @Test
    void firstSaveMakesNoBackup() throws Exception {
        Path file = dir.resolve("e.json");
        EditionFile.write(sample, file);
        assertEquals(sample, EditionFile.read(file));
        assertFalse(Files.exists(dir.resolve("e.json.bak")));
        assertEquals(List.of("e.json"), names());
    }

    @Test
    void secondSaveKeepsThePreviousFileAsBackup() throws Exception {
        Path file = dir.resolve("e.json");
        EditionFile.write(sample, file);
        byte[] first = Files.readAllBytes(file);
        EditionFile.write(renamed, file);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("e.json.bak")));
        assertEquals("滨江晚报", EditionFile.read(file).name());
        EditionFile.write(sample, file);
        assertEquals("滨江晚报", EditionFile.read(dir.resolve("e.json.bak")).name(), "backup is the save before");
        assertEquals(List.of("e.json", "e.json.bak"), names(), "no temporary files left");
    }

    @Test
    void fileIsUtf8WithUnixLineEndsAndFinalNewline() throws Exception {
        Path file = dir.resolve("e.json");
        EditionFile.write(sample, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertFalse(text.contains("\\u"), "Chinese is written as is");
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.startsWith("{\n  \"format\": \"paiban\",\n  \"version\": 2,\n"));
    }

    @Test
    void unserializableEditionLeavesTheFileAlone() throws Exception {
        Path file = dir.resolve("e.json");
        EditionFile.write(sample, file);
        byte[] before = Files.readAllBytes(file);
        Page p1 = sample.pages().get(0);
        ImageFrame photo = (ImageFrame) p1.frame("p1-lead-photo").orElseThrow();
        ImageFrame broken = new ImageFrame(photo.id(), photo.bounds(), photo.path(), ImageFit.MANUAL, Double.NaN,
                0, 0, photo.captionFrameId(), null, false, "");
        Edition bad = sample.withPage(p1.withFrame(broken));
        IOException e = assertThrows(IOException.class, () -> EditionFile.write(bad, file));
        assertTrue(e.getMessage().contains("the file was not changed"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("e.json"), names());
    }

    @ParameterizedTest
    @ValueSource(strings = {"written e.json.bak", "before rename to e.json.bak", "written e.json", "before rename to e.json"})
    void failureAtAnyStageLeavesTheFileIntact(String stage) throws Exception {
        Path file = dir.resolve("e.json");
        EditionFile.write(sample, file);
        EditionFile.write(sample, file);
        byte[] before = Files.readAllBytes(file);
        byte[] bytes = EditionFile.toJson(renamed).getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, bytes, s -> {
            if (s.equals(stage)) throw new IOException("disk full at " + s);
        }));
        assertEquals("disk full at " + stage, e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(sample, EditionFile.read(dir.resolve("e.json.bak")), "backup still readable");
        assertEquals(List.of("e.json", "e.json.bak"), names(), "temporary file removed");
    }

    @Test
    void backupThatCannotBeReplacedStopsTheSaveBeforeTheFile() throws Exception {
        Path file = dir.resolve("e.json");
        EditionFile.write(sample, file);
        byte[] before = Files.readAllBytes(file);
        Path blocker = Files.createDirectories(dir.resolve("e.json.bak"));
        Files.writeString(blocker.resolve("x"), "x");
        assertThrows(IOException.class, () -> EditionFile.write(renamed, file));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void savingIntoAMissingFolderFailsClearly() {
        Path file = dir.resolve("no/such/folder/e.json");
        IOException e = assertThrows(IOException.class, () -> EditionFile.write(sample, file));
        assertTrue(e.getMessage().endsWith("the folder does not exist"), e.getMessage());
    }

    @Test
    void savingOverAFolderFails() throws Exception {
        Path file = Files.createDirectories(dir.resolve("e.json"));
        IOException e = assertThrows(IOException.class, () -> EditionFile.write(sample, file));
        assertTrue(e.getMessage().endsWith("is a folder, not a file"), e.getMessage());
    }

    @Test
    void replacedFileKeepsItsPermissionsAndBackupToo() throws Exception {
        Path file = dir.resolve("e.json");
        EditionFile.write(sample, file);
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, perms);
        EditionFile.write(renamed, file);
        assertEquals(perms, Files.getPosixFilePermissions(file));
        assertEquals(perms, Files.getPosixFilePermissions(dir.resolve("e.json.bak")));
    }

    @Test
    void firstSaveIsNotOwnerOnlyUnlessTheUmaskSaysSo() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Path file = dir.resolve("e.json");
        EditionFile.write(sample, file);
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file),
                "same permissions as any new file in the folder");
    }

    @Test
    void symbolicLinkIsFollowedAndKept() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("e.json");
        EditionFile.write(sample, real);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        EditionFile.write(renamed, link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("滨江晚报", EditionFile.read(real).name());
        assertEquals("滨江日报", EditionFile.read(dir.resolve("real/e.json.bak")).name());
    }

    @Test
    void readingAFolderSaysSo() throws Exception {
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.read(dir));
        assertEquals(dir + ": this is a folder, not an edition file", e.getMessage());
    }

    @Test
    void imagePathsResolveAgainstTheEditionFile() {
        Path file = dir.resolve("2026/0425/edition.json");
        assertEquals(dir.resolve("2026/0425/img/a.jpg").toAbsolutePath(), EditionFile.resolve(file, "img/a.jpg"));
        assertEquals(dir.resolve("2026/shared/b.png").toAbsolutePath(), EditionFile.resolve(file, "../shared/b.png"));
        assertEquals("img/a.jpg", EditionFile.relativize(file, dir.resolve("2026/0425/img/a.jpg")));
        assertEquals("../shared/b.png", EditionFile.relativize(file, dir.resolve("2026/shared/b.png")));
    }

    @Test
    void saveAsElsewhereKeepsPointingAtTheSameImages() throws Exception {
        Path from = dir.resolve("desk/2026/edition.json");
        Path to = dir.resolve("archive/0425/edition.json");
        Page p1 = sample.pages().get(0);
        paiban.model.frame.AdFrame ad = (paiban.model.frame.AdFrame) p1.frame("p1-ad").orElseThrow();
        Edition withAd = sample.withPage(p1.withFrame(new paiban.model.frame.AdFrame(ad.id(), ad.bounds(),
                ad.advertiser(), "ads/bank.pdf", null, false, "")));
        Edition moved = EditionFile.rebase(withAd, from, to);
        ImageFrame photo = (ImageFrame) moved.pages().get(0).frame("p1-lead-photo").orElseThrow();
        assertEquals("../../desk/2026/binjiang-dawn.jpg", photo.path());
        assertEquals(EditionFile.resolve(from, "binjiang-dawn.jpg"), EditionFile.resolve(to, photo.path()));
        assertEquals("../../desk/2026/ads/bank.pdf",
                ((paiban.model.frame.AdFrame) moved.pages().get(0).frame("p1-ad").orElseThrow()).placedFile());
        assertEquals(withAd, EditionFile.rebase(moved, to, from), "and back");
        assertEquals(sample, EditionFile.rebase(sample, from, from.resolveSibling("other.json")), "same folder: unchanged");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> list = new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
            return list;
        }
    }
}
