package paiban.render.placed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.function.PDFunction;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/** Ad PDFs as agencies send them, good and bad, made with PDFBox for the tests. */
public final class AdPdfs {
    public static final float MM = 72f / 25.4f;
    public static final float BLEED = 3 * MM;

    private AdPdfs() {}

    /**
     * A press-ready ad of {@code w × h} mm: 3 mm bleed around its TrimBox, all magenta;
     * a 100 % cyan CMYK image over the trim's top-left quarter; a line of text in an
     * embedded (subset) font in K100 near the bottom.
     */
    public static Path good(Path file, float wMm, float hMm) throws IOException {
        float w = wMm * MM, h = hMm * MM;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w + 2 * BLEED, h + 2 * BLEED));
            page.setTrimBox(new PDRectangle(BLEED, BLEED, w, h));
            page.setBleedBox(page.getMediaBox());
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, Path.of("assets/fonts/NotoSansSC-Regular.ttf").toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(0f, 1f, 0f, 0f);
                cs.addRect(0, 0, w + 2 * BLEED, h + 2 * BLEED);
                cs.fill();
                cs.drawImage(cmykImage(doc, 40, 25, new int[]{255, 0, 0, 0}), BLEED, BLEED + h / 2, w / 2, h / 2);
                cs.beginText();
                cs.setNonStrokingColor(0f, 0f, 0f, 1f);
                cs.setFont(font, 14);
                cs.newLineAtOffset(BLEED + w / 2 + 4 * MM, BLEED + 4 * MM);
                cs.showText("排版广告 AD");
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** An ad of {@code w × h} mm (no bleed) all RGB blue, with text in Helvetica, not embedded. */
    public static Path rgbUnembedded(Path file, float wMm, float hMm) throws IOException {
        float w = wMm * MM, h = hMm * MM;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(0f, 0f, 1f);
                cs.addRect(0, 0, w, h);
                cs.fill();
                cs.beginText();
                cs.setNonStrokingColor(1f, 1f, 1f);
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(4 * MM, 4 * MM);
                cs.showText("RGB AD");
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A two-page CMYK ad whose second page uses 50 % fill alpha and a 90/90/90/90 fill (360 % ink). */
    public static Path transparentHeavy(Path file, float wMm, float hMm) throws IOException {
        float w = wMm * MM, h = hMm * MM;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(w, h)));
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setNonStrokingAlphaConstant(0.5f);
                cs.setGraphicsStateParameters(gs);
                cs.setNonStrokingColor(0.9f, 0.9f, 0.9f, 0.9f);
                cs.addRect(0, 0, w, h);
                cs.fill();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A one-page ad of {@code w × h} mm (as its page is seen, turned 90°) filled with a Pantone spot colour. */
    public static Path spotRotated(Path file, float wMm, float hMm) throws IOException {
        float w = wMm * MM, h = hMm * MM;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(h, w));
            page.setRotation(90);
            doc.addPage(page);
            PDSeparation spot = new PDSeparation();
            spot.setColorantName("PANTONE 185 C");
            spot.setAlternateColorSpace(PDDeviceCMYK.INSTANCE);
            COSDictionary fn = new COSDictionary();
            fn.setInt(COSName.FUNCTION_TYPE, 2);
            fn.setItem(COSName.DOMAIN, floats(0f, 1f));
            fn.setItem(COSName.C0, floats(0f, 0f, 0f, 0f));
            fn.setItem(COSName.C1, floats(0f, 1f, 0.8f, 0f));
            fn.setInt(COSName.N, 1);
            spot.setTintTransform(PDFunction.create(fn));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(new PDColor(new float[]{1f}, spot));
                cs.addRect(0, 0, h, w);
                cs.fill();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static COSArray floats(float... values) {
        COSArray a = new COSArray();
        for (float v : values) a.add(new org.apache.pdfbox.cos.COSFloat(v));
        return a;
    }

    /** A DeviceCMYK image of one colour (ink values 0–255), Flate-compressed. */
    static PDImageXObject cmykImage(PDDocument doc, int w, int h, int[] cmyk) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(bytes)) {
            for (int i = 0; i < w * h; i++) for (int c : cmyk) z.write(c);
        }
        return new PDImageXObject(doc, new ByteArrayInputStream(bytes.toByteArray()), COSName.FLATE_DECODE, w, h, 8,
                PDDeviceCMYK.INSTANCE);
    }
}
