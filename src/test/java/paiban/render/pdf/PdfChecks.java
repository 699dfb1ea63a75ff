package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import paiban.layout.LineBox;
import paiban.layout.PageLayout;

/** Reads a print PDF back and checks what a printing plant checks. */
final class PdfChecks {
    private PdfChecks() {}

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The layout's text of a page, in drawing order, without whitespace. */
    static String layoutText(PageLayout page) {
        StringBuilder sb = new StringBuilder();
        for (LineBox l : page.lines()) sb.append(l.text());
        return squeeze(sb.toString());
    }

    static String pageText(PDDocument doc, int pageIndex) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(pageIndex + 1);
        s.setEndPage(pageIndex + 1);
        s.setSortByPosition(false);
        return squeeze(s.getText(doc));
    }

    static void assertBoxesNested(PDPage page) {
        PDRectangle media = page.getMediaBox(), bleed = page.getBleedBox(), trim = page.getTrimBox();
        assertNotNull(page.getCOSObject().getDictionaryObject(COSName.TRIM_BOX), "TrimBox set");
        assertNotNull(page.getCOSObject().getDictionaryObject(COSName.BLEED_BOX), "BleedBox set");
        assertTrue(contains(media, bleed), "MediaBox ⊇ BleedBox");
        assertTrue(contains(bleed, trim), "BleedBox ⊇ TrimBox");
    }

    private static boolean contains(PDRectangle outer, PDRectangle inner) {
        float e = 0.001f;
        return inner.getLowerLeftX() >= outer.getLowerLeftX() - e && inner.getLowerLeftY() >= outer.getLowerLeftY() - e
                && inner.getUpperRightX() <= outer.getUpperRightX() + e && inner.getUpperRightY() <= outer.getUpperRightY() + e;
    }

    /** Every font a Type0 over an embedded, subset TrueType (ABCDEF+Name, FontFile2). */
    static int assertFontsEmbeddedAndSubset(PDDocument doc) throws IOException {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                PDFont f = res.getFont(name);
                assertTrue(f instanceof PDType0Font, f.getName() + " is Type0");
                assertEquals(COSName.IDENTITY_H, f.getCOSObject().getDictionaryObject(COSName.ENCODING));
                assertTrue(f.getName().matches("[A-Z]{6}\\+.+"), "subset prefix on " + f.getName());
                PDCIDFont cid = ((PDType0Font) f).getDescendantFont();
                assertNotNull(cid.getFontDescriptor().getFontFile2(), "FontFile2 of " + f.getName());
                assertTrue(f.isEmbedded());
                assertNotNull(f.getCOSObject().getDictionaryObject(COSName.TO_UNICODE), "ToUnicode of " + f.getName());
                names.add(f.getName());
            }
        }
        return names.size();
    }

    private static final Set<String> RGB_OPS = Set.of("rg", "RG");
    private static final Set<String> CS_OPS = Set.of("cs", "CS");

    /** Content uses DeviceCMYK / DeviceGray only: no rg/RG, no other colour spaces; images likewise. */
    static void assertOnlyCmykOrGray(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDFStreamParser parser = new PDFStreamParser(page);
            List<Object> tokens = parser.parse();
            Object prev = null;
            for (Object t : tokens) {
                if (t instanceof Operator op) {
                    assertFalse(RGB_OPS.contains(op.getName()), "RGB operator " + op.getName());
                    if (CS_OPS.contains(op.getName())) {
                        String cs = ((COSName) prev).getName();
                        assertTrue(cs.equals("DeviceCMYK") || cs.equals("DeviceGray"), "colour space " + cs);
                    }
                }
                prev = t;
            }
            PDResources res = page.getResources();
            assertFalse(res.getColorSpaceNames().iterator().hasNext(), "no named colour spaces");
            for (COSName n : res.getXObjectNames()) {
                PDXObject xo = res.getXObject(n);
                if (xo instanceof PDImageXObject img) {
                    String cs = img.getColorSpace().getName();
                    assertTrue(cs.equals("DeviceCMYK") || cs.equals("DeviceGray"), "image colour space " + cs);
                    assertTrue(img.getCOSObject().getDictionaryObject(COSName.SMASK) == null, "no soft mask");
                }
            }
        }
    }

    /** PDF/X-1a: no soft masks, constant alpha or blend modes in any graphics state. */
    static void assertNoTransparency(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName n : res.getExtGStateNames()) {
                var gs = res.getExtGState(n).getCOSObject();
                for (String key : List.of("CA", "ca", "SMask", "BM"))
                    assertTrue(gs.getDictionaryObject(COSName.getPDFName(key)) == null, key + " in " + n.getName());
            }
            assertTrue(page.getCOSObject().getDictionaryObject(COSName.GROUP) == null, "no transparency group");
        }
    }

    /** Fill colour and overprint of every character on a page, as a viewer sees them. */
    static final class InkStripper extends PDFTextStripper {
        final List<String> problems = new ArrayList<>();
        int characters;
        private final boolean allBlack;

        /** @param allBlack every character must be 0/0/0/1; otherwise black overprints and colours knock out */
        InkStripper(boolean allBlack) {
            this.allBlack = allBlack;
            addOperator(new SetNonStrokingDeviceCMYKColor(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
        }

        @Override protected void processTextPosition(TextPosition text) {
            characters++;
            var gs = getGraphicsState();
            float[] c = gs.getNonStrokingColor().getComponents();
            String cs = gs.getNonStrokingColorSpace().getName();
            boolean black = cs.equals("DeviceCMYK") && c.length == 4 && c[0] == 0 && c[1] == 0 && c[2] == 0 && c[3] == 1;
            if (allBlack && !black) problems.add(text.getUnicode() + " filled " + cs + java.util.Arrays.toString(c));
            if (black && (!gs.isNonStrokingOverprint() || gs.getOverprintMode() != 1))
                problems.add(text.getUnicode() + " is black and does not overprint");
            if (!black && gs.isNonStrokingOverprint())
                problems.add(text.getUnicode() + " is " + java.util.Arrays.toString(c) + " and overprints");
            super.processTextPosition(text);
        }
    }

    /** On page {@code pageIndex}, or on every page when allBlack is false. */
    static void assertInk(PDDocument doc, int pageIndex, boolean allBlack) throws IOException {
        InkStripper s = new InkStripper(allBlack);
        if (pageIndex >= 0) {
            s.setStartPage(pageIndex + 1);
            s.setEndPage(pageIndex + 1);
        }
        s.getText(doc);
        assertTrue(s.characters > 0, "text found");
        if (!s.problems.isEmpty()) fail(s.problems.size() + " problems, first: " + s.problems.get(0));
    }
}
