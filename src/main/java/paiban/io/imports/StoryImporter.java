package paiban.io.imports;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.StyleRole;

/**
 * Imports a reporter's copy (.txt or .docx) as a story: decode, split into
 * paragraphs, clean up, recognise the headline stack, 电头, 署名 and subheads.
 * Either the whole story comes back or an {@link ImportException}; never a
 * partial story.
 */
public final class StoryImporter {
    private StoryImporter() {}

    /** Imports with every rule on and the user's saved Word style mapping (or the defaults). */
    public static ImportResult importFile(Path file) throws ImportException {
        return importFile(file, ImportOptions.defaults().withStyles(StyleMapping.userOrDefaults()));
    }

    public static ImportResult importFile(Path file, ImportOptions options) throws ImportException {
        long size = checkReadable(file);
        if (size == 0) throw ImportException.keyed(file, "error.empty");
        byte[] head = readHead(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        boolean docx = name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")
                || (head.length > 3 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
                || (head.length > 3 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11);
        ImportReport.Builder report = new ImportReport.Builder(name, docx ? "docx" : "text");
        List<Draft> drafts;
        List<ImportedImage> images = List.of();
        List<paiban.model.style.CharStyle> charStyles = List.of();
        List<ImportedTable> tables = List.of();
        if (docx) {
            if (size > ImportLimits.MAX_DOCX_BYTES)
                throw ImportException.keyed(file, "error.tooLarge", ImportLimits.size(size), ".docx", ImportLimits.size(ImportLimits.MAX_DOCX_BYTES));
            DocxReader.Content c = DocxReader.read(file, head, options.styles(), report);
            drafts = c.drafts();
            images = c.images();
            charStyles = c.charStyles();
            tables = c.tables();
        } else {
            String text = readText(file, size, report);
            drafts = split(text, options, report, file);
        }
        ImportResult result = assemble(drafts, images, options, report, baseName(name), charStyles).withTables(tables);
        if (result.allParagraphs().isEmpty() && tables.isEmpty()) throw ImportException.keyed(file, "error.noText");
        return result;
    }

    /**
     * A text file decoded as the import reads it (size limit, encoding found or refused), for commands that
     * set plain text themselves (the galley proof).
     */
    public static String readText(Path file) throws ImportException {
        long size = checkReadable(file);
        if (size == 0) throw ImportException.keyed(file, "error.empty");
        return readText(file, size, new ImportReport.Builder(String.valueOf(file.getFileName()), "text"));
    }

    private static String readText(Path file, long size, ImportReport.Builder report) throws ImportException {
        if (size > ImportLimits.MAX_TEXT_BYTES)
            throw ImportException.keyed(file, "error.tooLarge", ImportLimits.size(size), ".txt", ImportLimits.size(ImportLimits.MAX_TEXT_BYTES));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ImportException.keyed(file, e, "error.io", String.valueOf(e.getMessage()));
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes, file);
        report.encoding(d.charset(), d.reason());
        return d.text();
    }

    /** Imports text already in memory (pasted copy); {@code source} names it in the report. */
    public static ImportResult importText(String text, String source, ImportOptions options) {
        ImportReport.Builder report = new ImportReport.Builder(source, "text");
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            return assemble(split(normalized, options, report, Path.of(source)), List.of(), options, report, baseName(source),
                    List.of());
        } catch (ImportException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Text to paragraphs, within the limits; invisible controls go first, since line and paragraph separators split. */
    private static List<Draft> split(String text, ImportOptions options, ImportReport.Builder report, Path file) throws ImportException {
        String t = text;
        if (options.on(Cleanup.INVISIBLE)) {
            int before = report.invisible.values().stream().mapToInt(Integer::intValue).sum();
            t = InvisibleChars.clean(t, report.invisible);
            report.add(Cleanup.INVISIBLE, report.invisible.values().stream().mapToInt(Integer::intValue).sum() - before);
        }
        try {
            return TextParagraphs.split(t, options.on(Cleanup.HEADLINE), report);
        } catch (TextParagraphs.LimitExceeded e) {
            throw ImportException.keyed(file, e.key, e.args);
        }
    }

    private static ImportResult assemble(List<Draft> drafts, List<ImportedImage> images, ImportOptions options,
                                         ImportReport.Builder report, String id,
                                         List<paiban.model.style.CharStyle> charStyles) {
        List<Draft> cleaned = clean(drafts, options, report);
        StructureRecognizer.Parts parts = StructureRecognizer.recognize(cleaned, options, report);
        List<Paragraph> headline = parts.headline().stream().map(Draft::toParagraph).toList();
        List<Paragraph> body = parts.body().stream().map(Draft::toParagraph).toList();
        String title = headline.stream().filter(p -> p.style().equals(StyleRole.TITLE.standardName())).map(Paragraph::text).findFirst().orElse(id);
        Story story = new Story(id.isBlank() ? "story" : id, title, body, List.of());
        return new ImportResult(headline, story, images, report.build(), charStyles, List.of());
    }

    /** Runs the character rules in an order where each sees the previous one's result (punctuation before spaces). */
    static List<Draft> clean(List<Draft> drafts, ImportOptions o, ImportReport.Builder report) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            // text was cleaned before it was split; Word runs are cleaned here
            if (o.on(Cleanup.INVISIBLE) && report.isDocx()) report.add(Cleanup.INVISIBLE, InvisibleChars.clean(d.text, report.invisible));
            if (report.isDocx() && !d.style.equals("正文")) DocxReader.keepLineBreaks(d.text);
            if (o.on(Cleanup.JOIN_LINES)) {
                report.add(Cleanup.JOIN_LINES, TextCleaner.joinLines(d.text));
                out.add(d);
            } else {
                out.addAll(splitLines(d));
            }
        }
        if (o.on(Cleanup.JUMP_LINES)) out = JumpLines.remove(out, report);
        if (o.on(Cleanup.JOIN_BROKEN)) out = BrokenParagraphs.join(out, report);
        List<Draft> kept = new ArrayList<>();
        for (Draft d : out) {
            RichText t = d.text;
            if (o.on(Cleanup.LEADING_INDENT)) report.add(Cleanup.LEADING_INDENT, TextCleaner.leadingIndent(t));
            if (o.on(Cleanup.FULLWIDTH_ALNUM)) report.add(Cleanup.FULLWIDTH_ALNUM, TextCleaner.fullwidthAlnum(t));
            if (o.on(Cleanup.PUNCTUATION)) report.add(Cleanup.PUNCTUATION, TextCleaner.punctuation(t));
            if (o.on(Cleanup.DATES)) report.add(Cleanup.DATES, TextCleaner.dates(t));
            if (o.on(Cleanup.CHINESE_SPACES)) report.add(Cleanup.CHINESE_SPACES, TextCleaner.chineseSpaces(t));
            if (o.on(Cleanup.COLLAPSE_SPACES)) report.add(Cleanup.COLLAPSE_SPACES, TextCleaner.collapseSpaces(t));
            if (!TextParagraphs.blank(t.toString())) kept.add(d);
        }
        return kept;
    }

    /** With joining off, each line of a paragraph stays a paragraph of its own, in the same style. */
    private static List<Draft> splitLines(Draft d) {
        List<Draft> parts = new ArrayList<>();
        String s = d.plainText();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                if (!TextParagraphs.blank(s.substring(start, i))) parts.add(new Draft(d.text.slice(start, i), d.style, d.fromSource));
                start = i + 1;
            }
        }
        return parts;
    }

    /** The file's size, after checking it is a readable regular file (a pipe or device would block or never end). */
    private static long checkReadable(Path file) throws ImportException {
        if (Files.isDirectory(file)) throw ImportException.keyed(file, "error.folder");
        if (!Files.exists(file)) throw ImportException.keyed(file, "error.notFound");
        if (!Files.isRegularFile(file)) throw ImportException.keyed(file, "error.special");
        if (!Files.isReadable(file)) throw ImportException.keyed(file, "error.denied");
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw ImportException.keyed(file, e, "error.io", String.valueOf(e.getMessage()));
        }
    }

    /** The first bytes, which tell a zip package (.docx) or an old Word file from text. */
    private static byte[] readHead(Path file) throws ImportException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw ImportException.keyed(file, "error.notFound");
        } catch (AccessDeniedException e) {
            throw ImportException.keyed(file, "error.denied");
        } catch (IOException e) {
            throw ImportException.keyed(file, e, "error.io", String.valueOf(e.getMessage()));
        }
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
