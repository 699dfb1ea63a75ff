package paiban.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;

import paiban.model.style.StyleRole;

/**
 * Reads a Word .docx through Apache POI: body paragraphs with their Word
 * style mapped to a Paiban style, bold runs as 粗体 and coloured runs as a colour's
 * character style (bold and coloured: both), pictures listed for
 * placing. Tables come as {@link ImportedTable}s (merged cells kept) to place as table frames; comments,
 * footnotes, headers and footers are reported as
 * skipped, never dropped silently.
 */
final class DocxReader {
    static final String BOLD = "粗体";
    private static final int MPT_PER_POINT = 1000;

    /** @param charStyles the colour styles the runs name, which the default sheet lacks */
    record Content(List<Draft> drafts, List<ImportedImage> images, List<CharStyle> charStyles,
                   List<ImportedTable> tables) {}

    private DocxReader() {}

    static Content read(Path file, byte[] head, StyleMapping mapping, ImportReport.Builder report) throws ImportException {
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) throw ImportException.keyed(file, "error.oldDoc");
        if (!startsWith(head, 'P', 'K')) throw ImportException.keyed(file, "error.notDocx");
        checkInflatedSize(file);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return readDocument(file, new XWPFDocument(pkg), mapping, report);
        } catch (ImportException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
            if (why.contains("Zip bomb detected")) throw ImportException.keyed(file, e, "error.docxRatio");
            if (why.length() > 120) why = why.substring(0, 120) + "…";
            throw ImportException.keyed(file, e, "error.corruptDocx", why);
        } finally {
            if (pkg != null) pkg.revert(); // read only: close the zip without writing anything back
        }
    }

    /**
     * Inflates every part of the package once, counting, before Word is parsed: the text parts together may
     * not pass {@link ImportLimits#MAX_DOCX_XML_BYTES}, the pictures {@link ImportLimits#MAX_DOCX_MEDIA_BYTES}.
     * The declared sizes in the zip directory can lie, so the bytes are counted, and counting stops at the limit.
     */
    static void checkInflatedSize(Path file) throws ImportException {
        long xml = 0, media = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > ImportLimits.MAX_DOCX_ENTRIES)
                throw ImportException.keyed(file, "error.docxEntries", zip.size(), ImportLimits.MAX_DOCX_ENTRIES);
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) continue;
                boolean picture = e.getName().startsWith("word/media/");
                long limit = picture ? ImportLimits.MAX_DOCX_MEDIA_BYTES : ImportLimits.MAX_DOCX_XML_BYTES;
                long sofar = picture ? media : xml;
                if (e.getSize() >= 0 && sofar + e.getSize() > limit) tooBig(file, picture, e.getName(), limit);
                boolean body = e.getName().equals("word/document.xml");
                ParagraphCounter paragraphs = new ParagraphCounter();
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sofar += n;
                        if (sofar > limit) tooBig(file, picture, e.getName(), limit);
                        // empty paragraphs do not count in the story: twice the limit in Word's count is past it for sure
                        if (body && paragraphs.count(buffer, n) > 2L * ImportLimits.MAX_PARAGRAPHS)
                            throw ImportException.keyed(file, "error.tooManyParagraphs", ImportLimits.MAX_PARAGRAPHS);
                    }
                }
                if (picture) media = sofar;
                else xml = sofar;
            }
        } catch (ZipException e) {
            throw ImportException.keyed(file, e, "error.corruptDocx", String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw ImportException.keyed(file, e, "error.io", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Counts Word paragraphs ({@code <w:p>} and {@code <w:p …>} tags) in document.xml as it streams by, so
     * that a document of a million tiny paragraphs is refused before POI builds a tree of them. Tables'
     * paragraphs count too: it is an upper bound of the story's paragraphs.
     */
    static final class ParagraphCounter {
        private static final byte[] TAG = {'<', 'w', ':', 'p'};
        private int matched;
        private int count;

        int count(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (matched == TAG.length) {
                    if (c == '>' || c == ' ' || c == '/' || c == '\t' || c == '\n' || c == '\r') count++;
                    matched = 0;
                }
                if (c == TAG[matched]) matched++;
                else matched = c == TAG[0] ? 1 : 0;
            }
            return count;
        }
    }

    private static void tooBig(Path file, boolean picture, String part, long limit) throws ImportException {
        throw ImportException.keyed(file, picture ? "error.docxMedia" : "error.docxXml", ImportLimits.size(limit), part);
    }

    private static Content readDocument(Path file, XWPFDocument doc, StyleMapping mapping, ImportReport.Builder report)
            throws ImportException {
        List<Draft> drafts = new ArrayList<>();
        List<ImportedImage> images = new ArrayList<>();
        Map<String, CharStyle> charStyles = new LinkedHashMap<>();
        int tables = 0;
        List<ImportedTable> tableList = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                Draft d = paragraph(doc, p, mapping, report, images, drafts.size(), charStyles);
                if (d.text.length() > ImportLimits.MAX_PARAGRAPH_CHARS)
                    throw ImportException.keyed(file, "error.docxParagraphTooLong", drafts.size() + 1, d.text.length(),
                            ImportLimits.MAX_PARAGRAPH_CHARS);
                if (!TextParagraphs.blank(d.plainText().replace('\n', ' '))) {
                    if (drafts.size() >= ImportLimits.MAX_PARAGRAPHS)
                        throw ImportException.keyed(file, "error.tooManyParagraphs", ImportLimits.MAX_PARAGRAPHS);
                    d.line = drafts.size() + 1;
                    drafts.add(d);
                }
            } else if (element instanceof XWPFTable t) {
                tables++;
                if (t.getNumberOfRows() == 0) continue;
                ImportedTable read = DocxTables.read(t, drafts.size());
                tableList.add(read);
                report.note("note.table", tables, read.rows().size(), read.widths().size(), drafts.size(), excerpt(t.getText()));
            } else if (element instanceof XWPFSDT sdt) {
                report.skipped("skip.contentControl", drafts.size(), excerpt(sdt.getContent().getText()));
            }
        }
        XWPFComment[] comments = doc.getComments();
        if (comments != null) {
            for (XWPFComment c : comments) {
                if (c.getAuthor() == null || c.getAuthor().isBlank()) report.skipped("skip.comment", excerpt(c.getText()));
                else report.skipped("skip.commentBy", c.getAuthor(), excerpt(c.getText()));
            }
        }
        for (XWPFFootnote f : doc.getFootnotes()) {
            String text = f.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + b);
            if (!text.isBlank()) report.skipped("skip.footnote", excerpt(text));
        }
        List<XWPFHeaderFooter> margins = new ArrayList<>(doc.getHeaderList());
        margins.addAll(doc.getFooterList());
        for (XWPFHeaderFooter hf : margins) {
            if (!hf.getText().isBlank()) report.skipped("skip.headerFooter", excerpt(hf.getText()));
        }
        return new Content(drafts, images, List.copyOf(charStyles.values()), tableList);
    }

    private static Draft paragraph(XWPFDocument doc, XWPFParagraph p, StyleMapping mapping, ImportReport.Builder report,
                                   List<ImportedImage> images, int index, Map<String, CharStyle> charStyles) {
        RichText text = new RichText();
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                String t = run.text();
                text.append(t, t.isBlank() ? null : charStyle(run.isBold(), cmyk(run.getColor()), charStyles));
                for (XWPFPicture pic : run.getEmbeddedPictures()) images.add(image(pic, index));
            } else if (r instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText(), null);
            }
        }
        String styleId = p.getStyleID();
        String styleName = styleId;
        if (styleId != null && doc.getStyles() != null) {
            XWPFStyle s = doc.getStyles().getStyle(styleId);
            if (s != null && s.getName() != null) styleName = s.getName();
        }
        String style;
        if (styleId == null) style = mapping.lookup("Normal").orElse(StyleRole.BODY.standardName());
        else {
            style = mapping.lookup(styleName).or(() -> mapping.lookup(styleId)).orElse(null);
            if (style == null) {
                report.warn("warn.unmappedStyle", styleName);
                style = StyleRole.BODY.standardName();
            }
        }
        return new Draft(text, style, !style.equals(StyleRole.BODY.standardName()));
    }

    /**
     * 粗体, a colour's style or bold in a colour, added to {@code used} when new; null for plain
     * black text. Word's RGB becomes process colour by the plain formula (K = 1 − max).
     */
    private static String charStyle(boolean bold, Cmyk colour, Map<String, CharStyle> used) {
        if (colour == null) return bold ? BOLD : null;
        CharStyle s = bold ? DefaultStyles.boldColourStyle(colour) : DefaultStyles.colourStyle(colour);
        used.putIfAbsent(s.name(), s);
        return s.name();
    }

    /** "FF0000" as C0 M100 Y100 K0; null for "auto", black or anything not six hex digits. */
    static Cmyk cmyk(String hex) {
        if (hex == null || !hex.matches("[0-9A-Fa-f]{6}")) return null;
        int rgb = Integer.parseInt(hex, 16);
        double r = ((rgb >> 16) & 255) / 255.0, g = ((rgb >> 8) & 255) / 255.0, b = (rgb & 255) / 255.0;
        double k = 1 - Math.max(r, Math.max(g, b));
        if (k >= 0.995) return null; // black, as the paragraph already is
        int c = (int) Math.round(100 * (1 - r - k) / (1 - k));
        int m = (int) Math.round(100 * (1 - g - k) / (1 - k));
        int y = (int) Math.round(100 * (1 - b - k) / (1 - k));
        return new Cmyk(c, m, y, (int) Math.round(100 * k));
    }

    /**
     * A line break (<w:br/>, <w:cr/>) in a headline, subhead or any paragraph not mapped to 正文 is
     * where the copy breaks the line on purpose: it stays, as the paragraph's line break. In 正文 it
     * is a typed wrap, joined by the join-lines rule.
     */
    static void keepLineBreaks(RichText text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') text.replace(i, i + 1, String.valueOf(paiban.model.story.Paragraph.LINE_BREAK));
        }
    }

    private static ImportedImage image(XWPFPicture pic, int index) {
        XWPFPictureData data = pic.getPictureData();
        String name = data == null ? "picture" : data.getFileName();
        String type = data == null ? "application/octet-stream" : data.getPackagePart().getContentType();
        byte[] bytes = data == null ? new byte[0] : data.getData();
        return new ImportedImage(name, type, (int) Math.round(pic.getWidth() * MPT_PER_POINT),
                (int) Math.round(pic.getDepth() * MPT_PER_POINT), index, bytes);
    }

    private static String excerpt(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 30 ? "“" + t.substring(0, 30) + "…”" : "“" + t + "”";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
