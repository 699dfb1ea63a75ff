package paiban.io.imports;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

/**
 * Reads a Word .docx through Apache POI: body paragraphs with their Word
 * style mapped to a Paiban style, bold runs as 粗体, pictures listed for
 * placing. Tables, comments, footnotes, headers and footers are reported as
 * skipped, never dropped silently.
 */
final class DocxReader {
    static final String BOLD = "粗体";
    private static final int MPT_PER_POINT = 1000;

    record Content(List<Draft> drafts, List<ImportedImage> images) {}

    private DocxReader() {}

    static Content read(Path file, byte[] bytes, StyleMapping mapping, ImportReport.Builder report) throws ImportException {
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0))
            throw new ImportException(file, "an old Word 97–2003 .doc or an encrypted document: save it as .docx without a password");
        if (!startsWith(bytes, 'P', 'K'))
            throw new ImportException(file, "not a .docx file (a .docx is a zip package; this file is not)");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return readDocument(doc, mapping, report);
        } catch (Exception | LinkageError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replace('\n', ' ');
            throw new ImportException(file, "corrupt or unreadable .docx: " + why, e);
        }
    }

    private static Content readDocument(XWPFDocument doc, StyleMapping mapping, ImportReport.Builder report) {
        List<Draft> drafts = new ArrayList<>();
        List<ImportedImage> images = new ArrayList<>();
        int tables = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                Draft d = paragraph(doc, p, mapping, report, images, drafts.size());
                if (!TextParagraphs.blank(d.plainText().replace('\n', ' '))) drafts.add(d);
            } else if (element instanceof XWPFTable t) {
                tables++;
                int cols = t.getRows().isEmpty() ? 0 : t.getRow(0).getTableCells().size();
                report.skipped("skip.table", tables, t.getNumberOfRows(), cols, drafts.size(), excerpt(t.getText()));
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
        return new Content(drafts, images);
    }

    private static Draft paragraph(XWPFDocument doc, XWPFParagraph p, StyleMapping mapping, ImportReport.Builder report,
                                   List<ImportedImage> images, int index) {
        RichText text = new RichText();
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                String t = run.text();
                text.append(t, run.isBold() && !t.isBlank() ? BOLD : null);
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
        if (styleId == null) style = mapping.lookup("Normal").orElse("正文");
        else {
            style = mapping.lookup(styleName).or(() -> mapping.lookup(styleId)).orElse(null);
            if (style == null) {
                report.warn("warn.unmappedStyle", styleName);
                style = "正文";
            }
        }
        return new Draft(text, style, !style.equals("正文"));
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
