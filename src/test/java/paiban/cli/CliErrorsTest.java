package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input of export, preflight and proof: one clear line on stderr, exit 2, no stack trace. */
class CliErrorsTest {
    @TempDir static Path dir;
    static final String SAMPLE = "assets/sample/edition.json";

    @BeforeAll static void files() throws Exception {
        Files.writeString(dir.resolve("story.txt"), "第一段正文。\n第二段正文。\n");
        Files.write(dir.resolve("gbk.txt"), new byte[] {(byte) 0xB5, (byte) 0xDA, (byte) 0xD2, (byte) 0xBB, (byte) 0xFF});
        Files.writeString(dir.resolve("empty.txt"), "\n  \n");
        Files.writeString(dir.resolve("broken.json"), "{\"format\": \"paiban\", \"version\": 1, \"pages\": [");
        Files.writeString(dir.resolve("afile"), "x");
        Files.createDirectories(dir.resolve("folder"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "export DIR/nothere.json -o DIR/out                | nothere.json: file not found",
            "export SAMPLE                                      | missing -o DIR",
            "export -o DIR/out                                  | missing EDITION.json",
            "export SAMPLE SAMPLE -o DIR/out                    | one edition at a time",
            "export SAMPLE -o DIR/out --pages 9                 | --pages: page 9 does not exist (the edition has 3 pages)",
            "export SAMPLE -o DIR/out --pages 1,x               | --pages: not a page number or range: x",
            "export SAMPLE -o DIR/out --pages 3-1               | --pages: range 3-1 runs backwards",
            "export SAMPLE -o DIR/out --bogus                   | unknown option --bogus",
            "export SAMPLE -o DIR/afile                         | afile: exists and is not a folder",
            "export SAMPLE -o                                   | -o needs a value",
            "export DIR/broken.json -o DIR/out                  | broken.json",
            "export DIR/folder -o DIR/out                       | folder: is a folder, not a file",
            "preflight                                          | missing EDITION.json",
            "preflight DIR/nothere.json                         | nothere.json: file not found",
            "preflight DIR/broken.json                          | broken.json",
            "proof DIR/nothere.txt -o DIR/p.pdf                 | nothere.txt: file not found",
            "proof DIR/story.txt                                | missing -o FILE.pdf",
            "proof DIR/gbk.txt -o DIR/p.pdf                     | gbk.txt: cannot decode the text: not UTF-8 (byte 0xB5 at offset 0)",
            "proof DIR/empty.txt -o DIR/p.pdf                   | empty.txt: the story is empty",
            "proof DIR/story.txt -o DIR/p.pdf --columns 0       | --columns: 0 is out of range 1..40",
            "proof DIR/story.txt -o DIR/p.pdf --columns two     | --columns: not a whole number: two",
            "proof DIR/story.txt -o DIR/p.pdf --size 大号        | --size: not a size in points or 号: 大号",
            "proof DIR/story.txt -o DIR/p.pdf --page 390        | --page: expected WIDTHxHEIGHT in millimetres",
            "proof DIR/story.txt -o DIR/p.pdf --page axb        | --page: not a number of millimetres: a",
            "proof DIR/story.txt -o DIR/p.pdf --margin -3       | --margin: -3 mm is out of range",
            "proof DIR/story.txt -o DIR/p.pdf --margin 300      | the margins leave no room for text",
            "proof DIR/story.txt -o DIR/p.pdf --pitch 6 --size 9 | --pitch 6.0pt is smaller than the type size 9.0pt",
            "proof DIR/story.txt -o DIR/p.pdf --template 六开    | --template: 六开 is neither 对开, 四开 nor an edition file",
            "proof DIR/story.txt -o DIR/p.pdf --columns 40 --gap 20 | 40 columns with a 20.0 mm gap do not fit",
            "proof DIR/story.txt -o DIR/folder                  | folder: is a folder; give a file name",
            "nosuch                                             | unknown command 'nosuch'",
    })
    void badInputGivesOneLineAndExit2(String command, String message) {
        String[] args = command.trim().replace("DIR", dir.toString()).replace("SAMPLE", SAMPLE).split("\\s+");
        CommandRun r = CommandRun.of(args);
        assertEquals(Cli.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.errorLine().contains(message.trim()), "stderr: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.errorLine().contains("Exception"), "no exception names: " + r.err());
        assertTrue(r.errorLine().startsWith("paiban"), r.errorLine());
        assertEquals(1, r.errLines(), "one line: " + r.err());
    }

    @ParameterizedTest
    @CsvSource({"export", "preflight", "proof"})
    void helpShowsTheUsage(String command) {
        CommandRun r = CommandRun.of(command, "--help");
        assertEquals(Cli.OK, r.exit());
        assertTrue(r.out().startsWith("usage: paiban " + command), r.out());
        assertTrue(CommandRun.of("--help").out().contains(command), "listed in paiban --help");
    }
}
