package paiban.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import paiban.io.json.EditionReader;
import paiban.io.json.EditionWriter;
import paiban.io.json.Excerpt;
import paiban.io.json.FormatError;
import paiban.io.json.FormatVersion;
import paiban.io.json.JsonLocator;
import paiban.io.json.JsonText;
import paiban.io.json.SyntaxProblem;
import paiban.model.Edition;
import paiban.model.Limits;
import paiban.model.Page;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;
import paiban.model.story.Story;

/**
 * Reads and writes the edition file (SPEC §7; the format is described in
 * docs/file-format.md). Every problem with a file comes out as a
 * {@link DocumentException} whose message names the file, the line and
 * column or JSON path, and what is wrong.
 */
public final class EditionFile {
    /** The sample edition 《滨江日报》, relative to the project directory: what the editor opens by default. */
    public static final Path SAMPLE = Path.of("assets", "sample", "edition.json");

    /** A 24-page edition is about 1 MB; anything this large is not an edition. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private EditionFile() {}

    /** @throws DocumentException naming the file, the place and what is wrong */
    public static Edition read(Path file) throws DocumentException {
        if (Files.isDirectory(file)) throw new DocumentException(file + ": this is a folder, not an edition file");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A pipe or a device (/dev/zero) would hang or never end.
            throw new DocumentException(file + ": not a regular file (a pipe or a device), not an edition file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DocumentException(file + ": the file is " + Files.size(file) / (1024 * 1024)
                        + " MB, too large for an edition (at most " + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DocumentException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new DocumentException(file + ": not allowed to read the file");
        } catch (IOException e) {
            throw new DocumentException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        AtomicFile.removeStaleTemporaries(file); // what a killed save left beside it
        return fromJson(decode(bytes, file.toString()), file.toString());
    }

    /**
     * Atomic: a temporary file renamed over the old one, which is kept as
     * FILE.bak. The JSON is made in memory first, so a failure at any step
     * leaves the existing file as it was.
     */
    public static void write(Edition edition, Path file) throws IOException {
        AtomicFile.write(file, bytes(edition, file));
    }

    /** Atomic like {@link #write}, keeping no backup: for autosave copies. */
    static void writeWithoutBackup(Edition edition, Path file) throws IOException {
        AtomicFile.writeWithoutBackup(file, bytes(edition, file));
    }

    private static byte[] bytes(Edition edition, Path file) throws IOException {
        String tooLong = tooLongParagraph(edition);
        if (tooLong != null) throw new IOException(file + ": " + tooLong + "; the file was not changed");
        String json;
        try {
            json = toJson(edition);
        } catch (RuntimeException e) {
            throw new IOException(file + ": the edition cannot be written (" + e.getMessage() + "); the file was not changed", e);
        }
        // Never write what cannot be read back: a value past the reader's limits is refused here, with the reader's words.
        try {
            fromJson(json, file.getFileName() == null ? file.toString() : file.getFileName().toString());
        } catch (DocumentException e) {
            throw new IOException(file + ": not saved, it could not be opened again: " + e.problem()
                    + (e.path().isEmpty() ? "" : " (at " + e.path() + ")") + "; the file was not changed", e);
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What the reader would refuse to read back, or null: a paragraph longer
     * than {@link Limits#MAX_PARAGRAPH_CHARS} is never written.
     */
    public static String tooLongParagraph(Edition edition) {
        for (Story story : edition.stories()) {
            for (int i = 0; i < story.paragraphs().size(); i++) {
                int n = story.paragraphs().get(i).text().length();
                if (n > Limits.MAX_PARAGRAPH_CHARS) {
                    return "paragraph " + (i + 1) + " of story \"" + Excerpt.of(story.id()) + "\" has " + n
                            + " characters, more than a paragraph may hold (" + Limits.MAX_PARAGRAPH_CHARS
                            + "); split it into paragraphs and save again";
                }
            }
        }
        return null;
    }

    /** The file's text for an edition: deterministic, ends with a newline. */
    public static String toJson(Edition edition) {
        return JsonText.write(EditionWriter.toTree(edition));
    }

    /**
     * Parses the text of an edition file.
     * @param source the file name (or other origin) used in messages
     */
    public static Edition fromJson(String text, String source) throws DocumentException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new DocumentException(source + ": the file is empty");
        JsonNode tree;
        try {
            tree = JsonText.parse(text);
        } catch (JsonProcessingException e) {
            SyntaxProblem p = SyntaxProblem.of(e, text);
            throw new DocumentException(source, p.line(), p.column(), "", p.problem());
        } catch (IOException e) {
            throw new DocumentException(source + ": cannot read the JSON (" + e.getMessage() + ")", e);
        }
        if (tree == null || tree.isMissingNode()) throw new DocumentException(source + ": the file is empty");
        try {
            return EditionReader.fromTree(FormatVersion.standard().upgrade(tree));
        } catch (FormatError e) {
            int[] at = JsonLocator.locate(text, e.pointer()).orElse(new int[] {-1, -1});
            throw new DocumentException(source, at[0], at[1], e.path(), e.problem());
        }
    }

    /** An image or placed file's path, as stored in the edition, resolved against the edition file. */
    public static Path resolve(Path editionFile, String relativePath) {
        return paiban.model.FilePaths.resolve(editionFile.toAbsolutePath().getParent(), relativePath.replace('\\', '/'));
    }

    /** The path to store for {@code asset}: relative to the edition file, with '/' separators. */
    public static String relativize(Path editionFile, Path asset) {
        Path dir = editionFile.toAbsolutePath().getParent();
        return dir.relativize(asset.toAbsolutePath()).toString().replace('\\', '/');
    }

    /**
     * The edition as it must be saved at {@code to} when it was read from
     * {@code from} ("Save as" into another folder): image and placed-ad paths
     * are rewritten so they still name the same files. Paths already absolute
     * stay as they are.
     */
    public static Edition rebase(Edition edition, Path from, Path to) {
        List<Page> pages = new ArrayList<>();
        for (Page page : edition.pages()) {
            List<Frame> frames = new ArrayList<>();
            for (Frame f : page.frames()) {
                if (f instanceof ImageFrame i && !i.path().isEmpty()) {
                    f = i.withPath(moved(i.path(), from, to));
                } else if (f instanceof AdFrame a && !a.placedFile().isEmpty()) {
                    f = a.withPlaced(moved(a.placedFile(), from, to), a.placedPage());
                }
                frames.add(f);
            }
            pages.add(page.withFrames(frames));
        }
        return edition.withPages(pages);
    }

    private static String moved(String path, Path from, Path to) {
        if (Path.of(path.replace('\\', '/')).isAbsolute()) return path;
        return relativize(to, resolve(from, path));
    }

    private static String decode(byte[] bytes, String source) throws DocumentException {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new DocumentException(source + ": this is a binary file, not an edition (Paiban editions are JSON text)");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int at = firstBadByte(bytes);
            int line = 1, lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new DocumentException(source, line, column, "", "the file is not UTF-8 text: the byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + " at offset " + at + " is not UTF-8 (Paiban editions are JSON in UTF-8)");
        }
    }

    /** The offset of the first byte that is not part of a well-formed UTF-8 sequence. */
    static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) return Math.min(in.position(), bytes.length - 1);
            if (r.isUnderflow()) return Math.max(0, bytes.length - 1);
            out.clear();
        }
    }
}
