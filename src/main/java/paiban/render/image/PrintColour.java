package paiban.render.image;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import paiban.font.FontLibrary;

/**
 * The press's colour: the newsprint ICC profile shipped in {@code assets/icc}
 * (built with ArgyllCMS from the ANSI CGATS/SNAP TR 002 coldset newsprint data
 * at {@link #PROFILE_INK_LIMIT}% total ink, see assets/icc/README.md), and the
 * conversions through it with Java's own colour management: RGB (sRGB or an
 * image's own ICC profile) to printing CMYK, and CMYK back to screen RGB for
 * a soft proof. Every conversion to CMYK ends in {@link #limitInk}, so no
 * pixel carries more ink than the edition allows, whatever the limit.
 */
public final class PrintColour {
    /** The profile's file under the assets folder. */
    public static final String PROFILE_FILE = "icc/paiban-newsprint-tr002-240.icc";
    /** The total ink the profile was built for, in percent. */
    public static final int PROFILE_INK_LIMIT = 240;
    /** The characterization in the ICC registry the profile was built from. */
    public static final String CHARACTERIZATION = "CGATS TR 002";
    /** What the profile describes, in the words of a PDF/X output intent. */
    public static final String CONDITION = "Coldset offset on newsprint (ANSI CGATS/SNAP TR 002-2007)";

    private static volatile PrintColour shared;

    private final byte[] data;
    private final ICC_Profile profile;
    private final ICC_ColorSpace space;

    private PrintColour(byte[] data) {
        this.data = data;
        this.profile = ICC_Profile.getInstance(data);
        if (profile.getColorSpaceType() != ColorSpace.TYPE_CMYK) {
            throw new IllegalArgumentException("the newsprint profile is not a CMYK profile");
        }
        this.space = new ICC_ColorSpace(profile);
    }

    /** The shipped profile, read once per process. @throws UncheckedIOException when it is not there */
    public static PrintColour shared() {
        PrintColour p = shared;
        if (p == null) {
            synchronized (PrintColour.class) {
                p = shared;
                if (p == null) {
                    Path file = FontLibrary.Assets.directory().resolve(PROFILE_FILE);
                    try {
                        p = new PrintColour(Files.readAllBytes(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException("the newsprint colour profile is missing: " + file, e);
                    }
                    shared = p;
                }
            }
        }
        return p;
    }

    /** The profile's bytes, as embedded in a PDF's output intent. */
    public byte[] profileData() { return data.clone(); }

    public ICC_ColorSpace space() { return space; }

    /** The profile's own description (its {@code desc} tag), e.g. "Paiban newsprint (CGATS TR 002), 240% total ink". */
    public String description() {
        byte[] desc = profile.getData(ICC_Profile.icSigProfileDescriptionTag);
        if (desc == null || desc.length < 12) return "";
        // a v2 textDescriptionType: 'desc', 4 reserved, count (with the NUL), ASCII
        int n = ((desc[8] & 0xFF) << 24) | ((desc[9] & 0xFF) << 16) | ((desc[10] & 0xFF) << 8) | (desc[11] & 0xFF);
        n = Math.max(0, Math.min(n, desc.length - 12));
        String s = new String(desc, 12, n, java.nio.charset.StandardCharsets.US_ASCII);
        int nul = s.indexOf('\0');
        return nul >= 0 ? s.substring(0, nul) : s;
    }

    /**
     * An image's pixels as printing inks: interleaved C, M, Y, K bytes (0 no ink,
     * 255 full), through the newsprint profile, alpha flattened onto paper white,
     * then held to {@code inkLimit} percent total ink by {@link #limitInk}.
     * An image with its own ICC profile (a tagged Adobe RGB JPEG) is converted from it.
     */
    public byte[] toCmyk(BufferedImage img, int inkLimit) {
        int w = img.getWidth(), h = img.getHeight();
        ColorSpace cs = img.getColorModel().getColorSpace();
        Raster source;
        ICC_Profile from;
        if (cs instanceof ICC_ColorSpace icc && !cs.isCS_sRGB() && cs.getType() == ColorSpace.TYPE_RGB
                && !img.getColorModel().hasAlpha() && img.getRaster().getNumBands() == 3) {
            from = icc.getProfile();
            source = img.getRaster();
        } else {
            from = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
            source = flattenedRgb(img);
        }
        byte[] out = new byte[w * h * 4];
        WritableRaster inks = Raster.createInterleavedRaster(new DataBufferByte(out, out.length), w, h, w * 4, 4,
                new int[] {0, 1, 2, 3}, null);
        new ColorConvertOp(new ICC_Profile[] {from, profile}, null).filter(source, inks);
        limitInk(out, inkLimit);
        return out;
    }

    /** sRGB bytes with alpha laid on white (PDF/X-1a has no transparency). */
    private static Raster flattenedRgb(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        byte[] rgb = new byte[w * h * 3];
        int[] row = new int[w];
        int o = 0;
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x], a = argb >>> 24;
                rgb[o++] = (byte) flatten((argb >> 16) & 0xFF, a);
                rgb[o++] = (byte) flatten((argb >> 8) & 0xFF, a);
                rgb[o++] = (byte) flatten(argb & 0xFF, a);
            }
        }
        return Raster.createInterleavedRaster(new DataBufferByte(rgb, rgb.length), w, h, w * 3, 3,
                new int[] {0, 1, 2}, null);
    }

    private static int flatten(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }

    /**
     * Holds every pixel of interleaved CMYK samples to {@code limitPercent}
     * total ink, in place: first grey component replacement (equal parts of C,
     * M and Y go to K, which keeps the colour and saves two parts of ink for
     * one), then, if that is not enough, C, M and Y shrink in proportion.
     * Pixels within the limit are untouched.
     *
     * @return the largest total ink left, in percent
     */
    public static int limitInk(byte[] cmyk, int limitPercent) {
        int limit = limitPercent * 255 / 100;
        int max = 0;
        for (int i = 0; i + 3 < cmyk.length; i += 4) {
            int c = cmyk[i] & 0xFF, m = cmyk[i + 1] & 0xFF, y = cmyk[i + 2] & 0xFF, k = cmyk[i + 3] & 0xFF;
            int total = c + m + y + k;
            if (total > limit) {
                int grey = Math.min(c, Math.min(m, y));
                int d = Math.min((total - limit + 1) / 2, Math.min(grey, 255 - k));
                c -= d;
                m -= d;
                y -= d;
                k += d;
                total = c + m + y + k;
                if (total > limit) {
                    int room = Math.max(0, limit - k), cmy = c + m + y;
                    // floor division keeps the sum at or under room
                    c = c * room / cmy;
                    m = m * room / cmy;
                    y = y * room / cmy;
                    if (k > limit) k = limit;
                    total = c + m + y + k;
                }
                cmyk[i] = (byte) c;
                cmyk[i + 1] = (byte) m;
                cmyk[i + 2] = (byte) y;
                cmyk[i + 3] = (byte) k;
            }
            if (total > max) max = total;
        }
        return (int) Math.floor(max * 100 / 255.0);
    }

    /**
     * Screen colours of printing inks (a soft proof): interleaved CMYK samples
     * through the newsprint profile to sRGB, as opaque ARGB.
     */
    public int[] toArgb(byte[] cmyk, int width, int height) {
        return CmykImage.throughProfile(space, cmyk, width, height);
    }
}
