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
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) throw new ImportException(file, "empty file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        boolean docx = name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")
                || (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
                || (bytes.length > 3 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && bytes[2] == 0x11);
        ImportReport.Builder report = new ImportReport.Builder(name, docx ? "docx" : "text");
        List<Draft> drafts;
        List<ImportedImage> images = List.of();
        if (docx) {
            DocxReader.Content c = DocxReader.read(file, bytes, options.styles(), report);
            drafts = c.drafts();
            images = c.images();
        } else {
            TextDecoder.Decoded d = TextDecoder.decode(bytes, file);
            report.encoding(d.charset(), d.reason());
            drafts = TextParagraphs.split(d.text(), options.on(Cleanup.HEADLINE));
        }
        ImportResult result = assemble(drafts, images, options, report, baseName(name));
        if (result.allParagraphs().isEmpty()) throw new ImportException(file, "no text in the document");
        return result;
    }

    /** Imports text already in memory (pasted copy); {@code source} names it in the report. */
    public static ImportResult importText(String text, String source, ImportOptions options) {
        ImportReport.Builder report = new ImportReport.Builder(source, "text");
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        return assemble(TextParagraphs.split(normalized, options.on(Cleanup.HEADLINE)), List.of(), options, report, baseName(source));
    }

    private static ImportResult assemble(List<Draft> drafts, List<ImportedImage> images, ImportOptions options,
                                         ImportReport.Builder report, String id) {
        List<Draft> cleaned = clean(drafts, options, report);
        StructureRecognizer.Parts parts = StructureRecognizer.recognize(cleaned, options, report);
        List<Paragraph> headline = parts.headline().stream().map(Draft::toParagraph).toList();
        List<Paragraph> body = parts.body().stream().map(Draft::toParagraph).toList();
        String title = headline.stream().filter(p -> p.style().equals("主题")).map(Paragraph::text).findFirst().orElse(id);
        Story story = new Story(id.isBlank() ? "story" : id, title, body, List.of());
        return new ImportResult(headline, story, images, report.build());
    }

    /** Runs the character rules in an order where each sees the previous one's result (punctuation before spaces). */
    static List<Draft> clean(List<Draft> drafts, ImportOptions o, ImportReport.Builder report) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (o.on(Cleanup.JOIN_LINES)) {
                report.add(Cleanup.JOIN_LINES, TextCleaner.joinLines(d.text));
                out.add(d);
            } else {
                out.addAll(splitLines(d));
            }
        }
        List<Draft> kept = new ArrayList<>();
        for (Draft d : out) {
            RichText t = d.text;
            if (o.on(Cleanup.LEADING_INDENT)) report.add(Cleanup.LEADING_INDENT, TextCleaner.leadingIndent(t));
            if (o.on(Cleanup.FULLWIDTH_ALNUM)) report.add(Cleanup.FULLWIDTH_ALNUM, TextCleaner.fullwidthAlnum(t));
            if (o.on(Cleanup.PUNCTUATION)) report.add(Cleanup.PUNCTUATION, TextCleaner.punctuation(t));
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

    private static byte[] readBytes(Path file) throws ImportException {
        if (Files.isDirectory(file)) throw new ImportException(file, "is a folder, not a file");
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException(file, "cannot read the file (permission denied)");
        } catch (IOException | OutOfMemoryError e) {
            throw new ImportException(file, "cannot read the file: " + e.getMessage());
        }
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
