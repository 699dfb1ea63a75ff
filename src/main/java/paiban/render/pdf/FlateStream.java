package paiban.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A Flate-compressed stream object made with the JDK's Deflater in one call.
 * PDFBox's own encoding path (PDStream with a filter) runs the bytes through
 * small buffers and a scratch cache, about five times slower for the
 * megabytes of content a 40-page proof writes.
 */
final class FlateStream {
    /**
     * zlib level 3: a third of level 6's time on hex-coded glyph strings for
     * about 10% more bytes (a text page stays near 35 KB).
     */
    static final int LEVEL = 3;

    private FlateStream() {}

    /** The deflated bytes (zlib format, as /FlateDecode expects). */
    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(LEVEL);
        try {
            d.setInput(data);
            d.finish();
            byte[] out = new byte[Math.max(64, data.length / 4 + 64)];
            int len = 0;
            while (!d.finished()) {
                if (len == out.length) out = Arrays.copyOf(out, out.length * 2);
                len += d.deflate(out, len, out.length - len);
            }
            return Arrays.copyOf(out, len);
        } finally {
            d.end();
        }
    }

    /** A stream object of {@code doc} holding {@code data} deflated. */
    static COSStream of(PDDocument doc, byte[] data) throws IOException {
        return ofDeflated(doc, deflate(data));
    }

    /** A stream object of {@code doc} holding bytes already deflated with {@link #deflate}. */
    static COSStream ofDeflated(PDDocument doc, byte[] deflated) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream o = s.createRawOutputStream()) {
            o.write(deflated);
        }
        s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return s;
    }
}
