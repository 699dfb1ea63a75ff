package paiban.render.fx;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.Arrays;

import javafx.scene.canvas.GraphicsContext;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import paiban.cache.BoundedCache;
import paiban.font.FontFace;

/**
 * Glyph outlines read from the font file (FontBox, the parse the PDF embeds),
 * for the glyphs the screen cannot reach through a character: a glyph that its
 * face's cmap does not give for the run's character. Each outline is read
 * once and kept as plain segments in font units.
 */
final class GlyphOutlines {
    private static final System.Logger LOG = paiban.log.Log.of(GlyphOutlines.class);
    /** Segment kinds, as {@link PathIterator} numbers them. */
    private static final int MOVE = PathIterator.SEG_MOVETO, LINE = PathIterator.SEG_LINETO,
            QUAD = PathIterator.SEG_QUADTO, CUBIC = PathIterator.SEG_CUBICTO, CLOSE = PathIterator.SEG_CLOSE;

    private record Key(FontFace face, int glyph) {}

    /** Kinds, then coordinates, font units, y up. */
    private record Outline(byte[] kinds, float[] coords) {}

    private static final Outline EMPTY = new Outline(new byte[0], new float[0]);
    private static final BoundedCache<Key, Outline> CACHE = new BoundedCache<>(20_000);

    private GlyphOutlines() {}

    /**
     * Fills glyph {@code glyph} of {@code face} with its origin at (x, baseline) pixels,
     * {@code pixels} to the em, in the context's current fill.
     */
    static void fill(GraphicsContext gc, FontFace face, int glyph, double x, double baseline, double pixels) {
        Outline o = CACHE.computeIfAbsent(new Key(face, glyph), k -> read(k.face(), k.glyph()));
        if (o.kinds().length == 0) return;
        double s = pixels / face.unitsPerEm();
        float[] c = o.coords();
        int j = 0;
        gc.beginPath();
        for (byte kind : o.kinds()) {
            switch (kind) {
                case MOVE -> gc.moveTo(x + c[j] * s, baseline - c[j + 1] * s);
                case LINE -> gc.lineTo(x + c[j] * s, baseline - c[j + 1] * s);
                case QUAD -> gc.quadraticCurveTo(x + c[j] * s, baseline - c[j + 1] * s,
                        x + c[j + 2] * s, baseline - c[j + 3] * s);
                case CUBIC -> gc.bezierCurveTo(x + c[j] * s, baseline - c[j + 1] * s,
                        x + c[j + 2] * s, baseline - c[j + 3] * s, x + c[j + 4] * s, baseline - c[j + 5] * s);
                default -> gc.closePath();
            }
            j += points(kind) * 2;
        }
        gc.fill();
    }

    private static int points(int kind) {
        return kind == QUAD ? 2 : kind == CUBIC ? 3 : kind == CLOSE ? 0 : 1;
    }

    private static Outline read(FontFace face, int glyph) {
        TrueTypeFont ttf = face.trueType();
        if (ttf == null) return EMPTY;
        GeneralPath path;
        // the parsed font is shared with the PDF export; FontBox reads it through one cursor
        synchronized (ttf) {
            try {
                GlyphData data = ttf.getGlyph().getGlyph(glyph);
                if (data == null) return EMPTY;
                path = data.getPath();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "a glyph outline could not be read", e);
                return EMPTY;
            }
        }
        byte[] kinds = new byte[16];
        float[] coords = new float[64];
        int nk = 0, nc = 0;
        float[] seg = new float[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int kind = it.currentSegment(seg);
            int n = points(kind) * 2;
            if (nk == kinds.length) kinds = Arrays.copyOf(kinds, nk * 2);
            if (nc + n > coords.length) coords = Arrays.copyOf(coords, Math.max(coords.length * 2, nc + n));
            kinds[nk++] = (byte) kind;
            System.arraycopy(seg, 0, coords, nc, n);
            nc += n;
        }
        return new Outline(Arrays.copyOf(kinds, nk), Arrays.copyOf(coords, nc));
    }
}
