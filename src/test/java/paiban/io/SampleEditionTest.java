package paiban.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.model.Edition;

class SampleEditionTest {
    private static final Path SAMPLE = SampleEditionBuilder.FILE;

    @Test
    void committedSampleIsWhatTheBuilderMakes() throws Exception {
        String committed = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        assertEquals(EditionFile.toJson(SampleEditionBuilder.build()), committed,
                "assets/sample/edition.json is stale: run SampleEditionBuilder.main");
    }

    @Test
    void sampleReadsBackToTheBuiltEdition() throws Exception {
        assertEquals(SampleEditionBuilder.build(), EditionFile.read(SAMPLE));
    }

    @Test
    void sampleRoundTripsByteForByte(@TempDir Path dir) throws Exception {
        Edition e = EditionFile.read(SAMPLE);
        Path copy = dir.resolve("edition.json");
        EditionFile.write(e, copy);
        assertArrayEquals(Files.readAllBytes(SAMPLE), Files.readAllBytes(copy));
    }

    @Test
    void photoIsThereAndSmall() throws Exception {
        Path photo = EditionFile.resolve(SAMPLE, SampleEditionBuilder.PHOTO);
        assertTrue(Files.isRegularFile(photo), photo + " missing");
        assertTrue(Files.size(photo) < 400_000, "photo too large: " + Files.size(photo));
    }
}
