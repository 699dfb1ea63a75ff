package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import paiban.font.FontLibrary;
import paiban.layout.ImageMark;
import paiban.layout.PageLayout;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.unit.Units;
import paiban.render.image.PrintColour;

/**
 * Colour managed print: RGB photos through the newsprint profile within the
 * edition's ink limit, read back from the PDF pixel by pixel; the output
 * intent with the embedded profile; the PDF/X Info keys and XMP.
 */
class ManagedColourPdfTest {
    static final PageTemplate T = PageTemplate.sikai();

    @TempDir Path dir;

    /** Saturated dark colours (deep blue, violet, green, brown) and a black, in bands, with a light sky. */
    static BufferedImage darkPhoto() {
        int[] bands = {0x000050, 0x200040, 0x003010, 0x301000, 0x000000, 0x0000A0, 0x8090C0};
        BufferedImage img = new BufferedImage(140, 70, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 70; y++) for (int x = 0; x < 140; x++) img.setRGB(x, y, bands[x / 20]);
        return img;
    }

    /** What the old fixed formula (K = 1 − max(R,G,B)) gave this colour, in percent. */
    static int formulaInk(int rgb) {
        int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF, max = Math.max(r, Math.max(g, b));
        if (max == 0) return 100;
        return ((max - r) * 255 / max + (max - g) * 255 / max + (max - b) * 255 / max + 255 - max) * 100 / 255;
    }

    static PageLayout page(Path image) {
        Rect r = new Rect(Units.mm(20), Units.mm(20), Units.mm(40), Units.mm(20));
        return new PageLayout("p1", 1, "第一版", T.trimWidth(), T.trimHeight(), List.of(new ImageMark("pic", image, r, r)),
                List.of());
    }

    static byte[] export(Path image, int inkLimit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> w = new PdfExporter(PdfSettings.defaults().withInkLimit(inkLimit)).write(List.of(page(image)), "滨江日报 第一版", out);
        assertEquals(List.of(), w);
        return out.toByteArray();
    }

    /** The image's CMYK samples as stored in the PDF (decoded from DCT or Flate, no colour conversion). */
    static Raster inks(PDImageXObject xo) throws Exception {
        assertEquals("DeviceCMYK", xo.getColorSpace().getName());
        COSStream s = xo.getCOSObject();
        if (COSName.DCT_DECODE.equals(s.getDictionaryObject(COSName.FILTER))) {
            byte[] jpeg;
            try (InputStream in = s.createRawInputStream()) {
                jpeg = in.readAllBytes();
            }
            ImageReader r = ImageIO.getImageReadersByFormatName("jpeg").next();
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
                r.setInput(in);
                return r.readRaster(0, null);
            } finally {
                r.dispose();
            }
        }
        byte[] samples;
        try (InputStream in = s.createInputStream()) {
            samples = in.readAllBytes();
        }
        return Raster.createInterleavedRaster(new java.awt.image.DataBufferByte(samples, samples.length),
                xo.getWidth(), xo.getHeight(), xo.getWidth() * 4, 4, new int[] {0, 1, 2, 3}, null);
    }

    /** Largest total ink of any pixel, in 1/255 steps. */
    static int maxInk(Raster r) {
        int max = 0;
        int[] px = new int[4];
        for (int y = 0; y < r.getHeight(); y++) {
            for (int x = 0; x < r.getWidth(); x++) {
                r.getPixel(x, y, px);
                max = Math.max(max, px[0] + px[1] + px[2] + px[3]);
            }
        }
        return max;
    }

    @Test void aSaturatedDarkRgbPhotoPrintsWithNoPixelOverTheEditionsInkLimit() throws Exception {
        assertTrue(formulaInk(0x000050) > 260 && formulaInk(0x003010) > 240, "the old formula went over");
        for (String format : new String[] {"jpeg", "png"}) {
            Path file = dir.resolve("dark." + format);
            ImageIO.write(darkPhoto(), format, file.toFile());
            for (int limit : new int[] {240, 220}) {
                try (PDDocument d = Loader.loadPDF(export(file, limit))) {
                    PDImageXObject xo = PdfExportTest.onlyImage(d);
                    assertEquals(format.equals("jpeg") ? COSName.DCT_DECODE : COSName.FLATE_DECODE,
                            xo.getCOSObject().getDictionaryObject(COSName.FILTER), "a photo stays JPEG, a graphic lossless");
                    Raster r = inks(xo);
                    int max = maxInk(r);
                    assertTrue(max <= limit * 255 / 100, format + " at " + limit + "%: a pixel has " + max * 100 / 255 + "%");
                    assertTrue(max >= (limit - 25) * 255 / 100, format + ": the darks are still dark: " + max * 100 / 255 + "%");
                    int[] sky = r.getPixel(r.getWidth() - 3, r.getHeight() / 2, new int[4]);
                    assertTrue(sky[0] + sky[1] + sky[2] + sky[3] < 200, "the light sky stays light: " + java.util.Arrays.toString(sky));
                }
            }
        }
    }

    @Test void anAdobeRgbTaggedPhotoIsConvertedFromItsOwnProfile() throws Exception {
        // an image in a linear-RGB ICC space: mid grey samples mean a light grey, not sRGB's mid grey
        ColorSpace linear = ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB);
        java.awt.image.ComponentColorModel cm = new java.awt.image.ComponentColorModel(linear, false, false,
                java.awt.Transparency.OPAQUE, java.awt.image.DataBuffer.TYPE_BYTE);
        BufferedImage img = new BufferedImage(cm, cm.createCompatibleWritableRaster(8, 8), false, null);
        for (int y = 0; y < 8; y++) for (int x = 0; x < 8; x++) img.getRaster().setPixel(x, y, new int[] {128, 128, 128});
        byte[] tagged = PrintColour.shared().toCmyk(img, 240);
        BufferedImage srgb = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) for (int x = 0; x < 8; x++) srgb.setRGB(x, y, 0x808080);
        byte[] plain = PrintColour.shared().toCmyk(srgb, 240);
        int inkTagged = (tagged[0] & 0xFF) + (tagged[1] & 0xFF) + (tagged[2] & 0xFF) + (tagged[3] & 0xFF);
        int inkPlain = (plain[0] & 0xFF) + (plain[1] & 0xFF) + (plain[2] & 0xFF) + (plain[3] & 0xFF);
        assertTrue(inkTagged < inkPlain - 40, "linear 50% is lighter than sRGB 50%: " + inkTagged + " vs " + inkPlain);
    }

    @Test void theOutputIntentEmbedsTheNewsprintProfileWithTheEditionsLimit() throws Exception {
        Path file = dir.resolve("dark.png");
        ImageIO.write(darkPhoto(), "png", file.toFile());
        try (PDDocument d = Loader.loadPDF(export(file, 220))) {
            COSArray intents = (COSArray) d.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OUTPUT_INTENTS);
            assertEquals(1, intents.size());
            COSDictionary intent = (COSDictionary) intents.getObject(0);
            assertEquals("GTS_PDFX", intent.getNameAsString(COSName.S));
            assertEquals("CGATS TR 002", intent.getString(COSName.getPDFName("OutputConditionIdentifier")));
            assertEquals("http://www.color.org", intent.getString(COSName.getPDFName("RegistryName")));
            String condition = intent.getString(COSName.getPDFName("OutputCondition"));
            assertTrue(condition.contains("TR 002") && condition.contains("newsprint") && condition.endsWith("total ink 220%"),
                    condition);
            assertTrue(!condition.contains("240"), "the edition's limit, not a fixed one: " + condition);
            assertEquals("Paiban newsprint (CGATS TR 002), 240% total ink", intent.getString(COSName.INFO));
            COSStream profile = (COSStream) intent.getDictionaryObject(COSName.getPDFName("DestOutputProfile"));
            assertNotNull(profile, "DestOutputProfile embedded");
            assertEquals(4, profile.getInt(COSName.N));
            byte[] bytes;
            try (InputStream in = profile.createInputStream()) {
                bytes = in.readAllBytes();
            }
            Path asset = FontLibrary.Assets.directory().resolve(PrintColour.PROFILE_FILE);
            assertArrayEquals(Files.readAllBytes(asset), bytes, "the shipped profile, byte for byte");
            ICC_Profile icc = ICC_Profile.getInstance(bytes);
            assertEquals(ColorSpace.TYPE_CMYK, icc.getColorSpaceType());
            assertEquals(ICC_Profile.CLASS_OUTPUT, icc.getProfileClass());
            assertEquals(2, icc.getMajorVersion(), "ICC v2, as PDF 1.4 takes");
        }
    }

    @Test void pdfxInfoKeysAndXmpMetadataSayX1aOnPdf14() throws Exception {
        Path file = dir.resolve("dark.png");
        ImageIO.write(darkPhoto(), "png", file.toFile());
        byte[] pdf = export(file, 240);
        assertEquals("%PDF-1.4", new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(1.4f, d.getVersion());
            PDDocumentInformation info = d.getDocumentInformation();
            assertEquals("PDF/X-1:2003", info.getCustomMetadataValue("GTS_PDFXVersion"));
            assertEquals("PDF/X-1a:2003", info.getCustomMetadataValue("GTS_PDFXConformance"));
            assertEquals("False", info.getTrapped());
            assertEquals("滨江日报 第一版", info.getTitle());
            assertNotNull(d.getDocument().getDocumentID(), "trailer ID");

            var metadata = d.getDocumentCatalog().getMetadata();
            assertNotNull(metadata, "XMP metadata stream");
            assertEquals("XML", metadata.getCOSObject().getNameAsString(COSName.SUBTYPE));
            assertEquals(null, metadata.getCOSObject().getDictionaryObject(COSName.FILTER), "XMP left readable");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document xmp;
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = f.newDocumentBuilder().parse(in);
            }
            assertEquals("PDF/X-1:2003", text(xmp, "http://www.npes.org/pdfx/ns/id/", "GTS_PDFXVersion"));
            assertEquals("PDF/X-1a:2003", text(xmp, "http://ns.adobe.com/pdfx/1.3/", "GTS_PDFXConformance"));
            assertEquals("滨江日报 第一版", text(xmp, "http://purl.org/dc/elements/1.1/", "title"));
            assertEquals("False", text(xmp, "http://ns.adobe.com/pdf/1.3/", "Trapped"));
            assertEquals(info.getProducer(), text(xmp, "http://ns.adobe.com/pdf/1.3/", "Producer"));
            assertEquals(info.getCreator(), text(xmp, "http://ns.adobe.com/xap/1.0/", "CreatorTool"));
            assertTrue(text(xmp, "http://ns.adobe.com/xap/1.0/mm/", "DocumentID").matches("uuid:[0-9a-f-]{36}"));
            assertEquals("1", text(xmp, "http://ns.adobe.com/xap/1.0/mm/", "VersionID"));
            String created = text(xmp, "http://ns.adobe.com/xap/1.0/", "CreateDate");
            assertEquals(created, text(xmp, "http://ns.adobe.com/xap/1.0/", "ModifyDate"));
            java.time.OffsetDateTime xmpDate = java.time.OffsetDateTime.parse(created);
            assertEquals(info.getCreationDate().toInstant(), xmpDate.toInstant(), "Info and XMP give the same date");
        }
    }

    private static String text(Document xmp, String ns, String name) {
        NodeList nodes = xmp.getElementsByTagNameNS(ns, name);
        assertEquals(1, nodes.getLength(), name + " once in the XMP");
        return ((Element) nodes.item(0)).getTextContent().strip();
    }
}
