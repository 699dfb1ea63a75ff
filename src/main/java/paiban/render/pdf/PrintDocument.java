package paiban.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.multipdf.LayerUtility;

import paiban.font.FontFace;
import paiban.layout.PageLayout;
import paiban.render.LayoutWalker;
import paiban.render.image.PrintColour;
import paiban.render.placed.PageBox;
import paiban.render.placed.PlacedPdf;

/**
 * One print PDF being built: pages drawn by {@link PdfPainter}, fonts
 * embedded once per document and subset on {@link #save}, images converted
 * once per document, the PDF/X output intent and the document information.
 * Not thread-safe: one thread builds one document.
 */
public final class PrintDocument implements Closeable {
    /** The newsprint characterization in the ICC registry that the embedded profile was built from. */
    public static final String OUTPUT_CONDITION = PrintColour.CHARACTERIZATION;
    public static final String PDFX_VERSION = "PDF/X-1:2003";
    public static final String PDFX_CONFORMANCE = "PDF/X-1a:2003";
    static final String CREATOR = "Paiban 排版";
    static final String PRODUCER = "Paiban 排版 with Apache PDFBox";
    private static final String OP_ON = "GSop";
    private static final String OP_OFF = "GSko";

    private final PDDocument pdf = new PDDocument();
    private final PdfSettings settings;
    private final ImageCache images;
    private final String title;
    private final Map<FontFace, EmbeddedFont> fonts = new IdentityHashMap<>();
    private final Map<String, PDImageXObject> placed = new java.util.HashMap<>();
    private final Map<PDImageXObject, String> imageNames = new IdentityHashMap<>();
    /** Placed PDFs, open until the document is saved and closed (their pages are imported lazily). */
    private final Map<Path, PDDocument> placedSources = new java.util.HashMap<>();
    private final Map<String, PlacedForm> placedForms = new java.util.HashMap<>();
    private final COSDictionary extGStates = new COSDictionary();
    private final List<String> labels = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public PrintDocument(PdfSettings settings, String title) {
        this(settings, title, new ImageCache());
    }

    PrintDocument(PdfSettings settings, String title, ImageCache images) {
        this.settings = settings;
        this.title = title == null ? "" : title;
        this.images = images;
        extGStates.setItem(COSName.getPDFName(OP_ON), overprintState(true));
        extGStates.setItem(COSName.getPDFName(OP_OFF), overprintState(false));
    }

    private static COSDictionary overprintState(boolean on) {
        COSDictionary gs = new COSDictionary();
        gs.setItem(COSName.TYPE, COSName.EXT_G_STATE);
        gs.setItem(COSName.OP, COSBoolean.getBoolean(on));
        gs.setItem(COSName.OP_NS, COSBoolean.getBoolean(on));
        gs.setItem(COSName.OPM, COSInteger.get(1));
        gs.setDirect(false);
        return gs;
    }

    /** Draws a page of the layout as the document's next page. */
    public void add(PageLayout page) {
        LayoutWalker.walk(page, new PdfPainter(this));
    }

    /** Problems met while drawing (missing images), one line each. */
    public List<String> warnings() { return List.copyOf(warnings); }

    public int pageCount() { return pdf.getNumberOfPages(); }

    /** Subsets the fonts, writes the output intent and information, and saves. */
    public void save(OutputStream out) throws IOException {
        for (EmbeddedFont f : fonts.values()) f.finish(pdf);
        writeOutputIntent();
        writeInformation();
        writePageLabels();
        pdf.setVersion(1.4f);
        // no object or cross-reference streams: PDF/X-1a stays within PDF 1.4
        pdf.save(out, CompressParameters.NO_COMPRESSION);
    }

    @Override public void close() throws IOException {
        pdf.close();
        for (PDDocument d : placedSources.values()) d.close();
        placedSources.clear();
    }

    // --- for PdfPainter -------------------------------------------------

    PdfSettings settings() { return settings; }

    PDDocument pdf() { return pdf; }

    EmbeddedFont font(FontFace face) {
        EmbeddedFont f = fonts.get(face);
        if (f == null) {
            f = new EmbeddedFont(face, "F" + (fonts.size() + 1));
            fonts.put(face, f);
        }
        return f;
    }

    String overprintName(boolean on) { return on ? OP_ON : OP_OFF; }

    COSDictionary extGStates() { return extGStates; }

    PDImageXObject image(Path file, int placedWidth, int placedHeight) throws IOException {
        String key = file.toAbsolutePath() + "|" + placedWidth + "x" + placedHeight;
        PDImageXObject xo = placed.get(key);
        if (xo == null) {
            PrintImage img = images.get(file, placedWidth, placedHeight, settings.inkLimit());
            xo = new PDImageXObject(pdf, new ByteArrayInputStream(img.data), img.jpeg ? COSName.DCT_DECODE : COSName.FLATE_DECODE,
                    img.width, img.height, 8, img.grey ? PDDeviceGray.INSTANCE : PDDeviceCMYK.INSTANCE);
            if (img.inverted) xo.setDecode(inverseDecode());
            placed.put(key, xo);
            imageNames.put(xo, "Im" + (imageNames.size() + 1));
        }
        return xo;
    }

    /** Decode [1 0 1 0 1 0 1 0]: Adobe CMYK JPEGs store 255 − ink. */
    private static COSArray inverseDecode() {
        COSArray decode = new COSArray();
        for (int i = 0; i < 4; i++) {
            decode.add(COSInteger.ONE);
            decode.add(COSInteger.ZERO);
        }
        return decode;
    }

    String imageName(PDImageXObject xo) { return imageNames.get(xo); }

    /** A placed PDF's page as a form XObject in this document, imported once. */
    record PlacedForm(PDFormXObject form, PageBox trim, String name) {}

    PlacedForm placedForm(Path file, int page) throws IOException {
        String key = file.toAbsolutePath() + "|" + page;
        PlacedForm f = placedForms.get(key);
        if (f != null) return f;
        PDDocument source = placedSources.get(file);
        if (source == null) {
            source = PlacedPdf.load(file);
            placedSources.put(file, source);
        }
        PDPage p = PlacedPdf.page(source, file, page);
        PDFormXObject form = new LayerUtility(pdf).importPageAsForm(source, p);
        // the form draws in the page's own user space; PlacedFit maps that onto the frame
        form.setMatrix(new java.awt.geom.AffineTransform());
        PDRectangle crop = p.getCropBox();
        form.setBBox(new PDRectangle(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight()));
        f = new PlacedForm(form, PlacedPdf.trimBox(p), "Fm" + (placedForms.size() + 1));
        placedForms.put(key, f);
        return f;
    }

    void warn(String message) { warnings.add(message); }

    void addPage(PDPage page, PageLayout layout) {
        pdf.addPage(page);
        labels.add(layout.name() == null || layout.name().isBlank() ? Integer.toString(layout.number()) : layout.name());
    }

    // --- document level -------------------------------------------------

    /**
     * The PDF/X output intent: the newsprint profile embedded as the
     * DestOutputProfile, named by the registered characterization it was built
     * from, with the edition's real ink limit in its condition text.
     */
    private void writeOutputIntent() throws IOException {
        PrintColour colour = PrintColour.shared();
        COSStream profile = FlateStream.ofDeflated(pdf, deflatedProfile(colour));
        profile.setInt(COSName.N, 4);
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
        intent.setString(COSName.getPDFName("OutputConditionIdentifier"), OUTPUT_CONDITION);
        intent.setString(COSName.getPDFName("OutputCondition"), outputCondition(settings.inkLimit()));
        intent.setString(COSName.getPDFName("RegistryName"), "http://www.color.org");
        intent.setString(COSName.INFO, colour.description());
        intent.setItem(COSName.getPDFName("DestOutputProfile"), profile);
        COSArray intents = new COSArray();
        intents.add(intent);
        pdf.getDocumentCatalog().getCOSObject().setItem(COSName.OUTPUT_INTENTS, intents);
    }

    private static volatile byte[] deflatedProfile;

    /** The profile compressed once per process, not once per page file. */
    private static byte[] deflatedProfile(PrintColour colour) {
        byte[] d = deflatedProfile;
        if (d == null) deflatedProfile = d = FlateStream.deflate(colour.profileData());
        return d;
    }

    /** "Coldset offset on newsprint (ANSI CGATS/SNAP TR 002-2007), total ink 240%" */
    public static String outputCondition(int inkLimit) {
        return PrintColour.CONDITION + ", total ink " + inkLimit + "%";
    }

    private void writeInformation() throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        Calendar now = Calendar.getInstance();
        now.set(Calendar.MILLISECOND, 0);
        info.setCreationDate(now);
        info.setModificationDate(now);
        info.setTrapped("False");
        // ISO 15930-4: PDF/X-1a:2003 is a conformance level of PDF/X-1:2003, built on PDF 1.4
        info.setCustomMetadataValue("GTS_PDFXVersion", PDFX_VERSION);
        info.setCustomMetadataValue("GTS_PDFXConformance", PDFX_CONFORMANCE);
        byte[] xmp = XmpPacket.of(title, CREATOR, PRODUCER, now, PDFX_VERSION, PDFX_CONFORMANCE);
        PDMetadata metadata = new PDMetadata(pdf);
        try (OutputStream out = metadata.createOutputStream()) {
            out.write(xmp);
        }
        pdf.getDocumentCatalog().setMetadata(metadata);
    }

    private void writePageLabels() throws IOException {
        if (labels.isEmpty()) return;
        PDPageLabels pageLabels = new PDPageLabels(pdf);
        for (int i = 0; i < labels.size(); i++) {
            PDPageLabelRange range = new PDPageLabelRange();
            range.setPrefix(labels.get(i));
            pageLabels.setLabelItem(i, range);
        }
        pdf.getDocumentCatalog().setPageLabels(pageLabels);
    }
}
