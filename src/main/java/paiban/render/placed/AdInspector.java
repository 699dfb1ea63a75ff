package paiban.render.placed;

import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDCalRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceN;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.color.PDLab;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Looks through one page of a placed PDF as a plant's preflight does: its
 * content stream and every form it draws, operator by operator, for the fonts
 * it selects, the colour spaces it paints in, the images it draws (with their
 * total ink when CMYK) and any transparency. Nothing is rendered.
 */
public final class AdInspector {
    /** Pixels read at most per image for its ink; bigger images are sampled on a grid. */
    static final int INK_SAMPLES = 1 << 20;
    private static final Set<String> PROCESS = Set.of("Cyan", "Magenta", "Yellow", "Black", "None", "All");

    private final Set<String> fonts = new TreeSet<>();
    private final Set<String> rgb = new TreeSet<>();
    private final Set<String> spots = new TreeSet<>();
    private final Set<String> transparency = new TreeSet<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int maxInk;

    private AdInspector() {}

    /** Inspects page {@code page} (from 1) of {@code file}. */
    public static AdReport inspect(Path file, int page) throws IOException {
        try (PDDocument doc = PlacedPdf.load(file)) {
            PDPage p = PlacedPdf.page(doc, file, page);
            AdInspector in = new AdInspector();
            in.page(p);
            return new AdReport(doc.getNumberOfPages(), PlacedPdf.trimBox(p), List.copyOf(in.fonts), List.copyOf(in.rgb),
                    List.copyOf(in.spots), in.maxInk, List.copyOf(in.transparency), Math.floorMod(p.getRotation(), 360));
        } catch (PlacedPdf.Unusable u) {
            throw u;
        } catch (IOException | RuntimeException e) {
            // a page PDFBox opened but cannot take apart is as broken as one it cannot open
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IOException(file + ": the PDF's page " + page + " cannot be read (" + why + ")", e);
        }
    }

    private void page(PDPage p) throws IOException {
        if (isTransparencyGroup(p.getCOSObject())) transparency.add("transparency group");
        content(p, p.getResources());
    }

    private void content(PDContentStream stream, PDResources res) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(stream);
        List<COSBase> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof COSBase b) {
                operands.add(b);
                continue;
            }
            if (token instanceof Operator op) operator(op, operands, res);
            operands.clear();
        }
    }

    private void operator(Operator op, List<COSBase> operands, PDResources res) throws IOException {
        switch (op.getName()) {
            case "rg", "RG" -> rgb.add("DeviceRGB");
            case "k", "K" -> {
                int ink = 0;
                for (COSBase b : operands) if (b instanceof COSNumber n) ink += Math.round(n.floatValue() * 100);
                maxInk = Math.max(maxInk, ink);
            }
            case "cs", "CS" -> {
                if (!operands.isEmpty()) colourSpace(PDColorSpace.create(operands.get(0), res));
            }
            case "Tf" -> {
                if (res != null && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                    PDFont font = res.getFont(name);
                    if (font != null && !font.isEmbedded()) fonts.add(font.getName());
                }
            }
            case "gs" -> {
                if (res != null && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                    PDExtendedGraphicsState gs = res.getExtGState(name);
                    if (gs != null) graphicsState(gs);
                }
            }
            case "sh" -> {
                if (res != null && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                    PDShading sh = res.getShading(name);
                    if (sh != null) colourSpace(sh.getColorSpace());
                }
            }
            case "Do" -> {
                if (res != null && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                    xobject(res.getXObject(name), res);
                }
            }
            case "BI" -> {
                COSDictionary params = op.getImageParameters();
                if (params != null) {
                    COSBase cs = params.getDictionaryObject(COSName.CS, COSName.COLORSPACE);
                    if (cs != null) colourSpace(PDColorSpace.create(cs, res, true));
                }
            }
            default -> { }
        }
    }

    private void graphicsState(PDExtendedGraphicsState gs) {
        Float ca = gs.getNonStrokingAlphaConstant(), CA = gs.getStrokingAlphaConstant();
        if (ca != null && ca < 1) transparency.add("fill alpha " + number(ca));
        if (CA != null && CA < 1) transparency.add("stroke alpha " + number(CA));
        COSBase smask = gs.getCOSObject().getDictionaryObject(COSName.SMASK);
        if (smask != null && !COSName.NONE.equals(smask)) transparency.add("soft mask");
        BlendMode bm = gs.getBlendMode();
        if (bm != null && bm != BlendMode.NORMAL && bm != BlendMode.COMPATIBLE) {
            transparency.add("blend mode " + bm.getCOSName().getName());
        }
    }

    private void xobject(PDXObject xo, PDResources parent) throws IOException {
        if (xo instanceof PDImageXObject img) {
            if (!seen.add(img.getCOSObject())) return;
            if (img.getCOSObject().getDictionaryObject(COSName.SMASK) != null) transparency.add("soft mask");
            if (img.isStencil()) return;
            PDColorSpace cs = img.getColorSpace();
            colourSpace(cs);
            if (isCmyk(cs) && img.getBitsPerComponent() == 8) maxInk = Math.max(maxInk, ink(img));
        } else if (xo instanceof PDFormXObject form) {
            if (!seen.add(form.getCOSObject())) return;
            if (isTransparencyGroup(form.getCOSObject())) transparency.add("transparency group");
            PDResources res = form.getResources() != null ? form.getResources() : parent;
            content(form, res);
        }
    }

    private static boolean isTransparencyGroup(COSDictionary dict) {
        COSBase g = dict.getDictionaryObject(COSName.GROUP);
        return g instanceof COSDictionary group && COSName.TRANSPARENCY.equals(group.getCOSName(COSName.S));
    }

    private void colourSpace(PDColorSpace cs) {
        if (cs == null) return;
        if (cs instanceof PDDeviceRGB) rgb.add("DeviceRGB");
        else if (cs instanceof PDCalRGB) rgb.add("CalRGB");
        else if (cs instanceof PDLab) rgb.add("Lab");
        else if (cs instanceof PDICCBased icc && icc.getNumberOfComponents() == 3) rgb.add("ICCBased RGB");
        else if (cs instanceof PDIndexed ix) colourSpace(ix.getBaseColorSpace());
        else if (cs instanceof PDSeparation sep) {
            if (!PROCESS.contains(sep.getColorantName())) spots.add(sep.getColorantName());
        } else if (cs instanceof PDDeviceN dn) {
            for (String c : dn.getColorantNames()) if (!PROCESS.contains(c)) spots.add(c);
        }
    }

    private static boolean isCmyk(PDColorSpace cs) {
        return cs instanceof PDDeviceCMYK || cs instanceof PDICCBased icc && icc.getNumberOfComponents() == 4;
    }

    /** The highest C+M+Y+K of the image's pixels, in percent (a grid of them for a large image). */
    private static int ink(PDImageXObject img) throws IOException {
        Raster r = img.getRawRaster();
        int w = r.getWidth(), h = r.getHeight();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) w * h / INK_SAMPLES)));
        int[] px = new int[4];
        int max = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                r.getPixel(x, y, px);
                max = Math.max(max, px[0] + px[1] + px[2] + px[3]);
            }
        }
        return (int) Math.round(max * 100.0 / 255);
    }

    private static String number(float v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
