package paiban.io.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Finds the encoding of a reporter's text file: a byte order mark first, then
 * strict UTF-8, then UTF-16 without a mark (NUL bytes on one side of each pair,
 * and how much of it reads as Chinese or ASCII), then GB18030 (strict, and most
 * of its characters everyday Chinese). Never guesses silently: the result says
 * which charset was assumed and why; bytes no candidate reads are an error naming
 * the offset of the first byte that is not UTF-8 (and Shift_JIS when it looks like it).
 */
final class TextDecoder {
    private static final System.Logger LOG = paiban.log.Log.of(TextDecoder.class);
    static final Charset GB18030 = Charset.forName("GB18030");
    /** Share of characters that must be ordinary text for a BOM-less UTF-16 or GB18030 reading to be believed. */
    private static final double PLAUSIBLE = 0.9;
    /** Share of double-byte characters that must be everyday Chinese (GB2312) for a GB18030 reading to be believed. */
    private static final double COMMON_CHINESE = 0.6;

    /** @param reason why the charset was assumed, as {@link ImportReport#encodingReason()} codes it */
    record Decoded(String text, String charset, String reason) {}

    private TextDecoder() {}

    static Decoded decode(byte[] b, Path file) throws ImportException {
        if (b.length == 0) throw ImportException.keyed(file, "error.empty");
        Decoded d = decodeRaw(b, file);
        String text = d.text().replace("\r\n", "\n").replace('\r', '\n');
        int control = firstControl(text);
        if (control >= 0)
            throw ImportException.keyed(file, "error.control", String.format("U+%04X", (int) text.charAt(control)), control, d.charset());
        if (text.isBlank()) throw ImportException.keyed(file, "error.blank");
        return new Decoded(text, d.charset(), d.reason());
    }

    private static Decoded decodeRaw(byte[] b, Path file) throws ImportException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return strict(b, 3, StandardCharsets.UTF_8, file, "UTF-8", "bom");
        if (startsWith(b, 0xFF, 0xFE)) return strict(b, 2, StandardCharsets.UTF_16LE, file, "UTF-16LE", "bom");
        if (startsWith(b, 0xFE, 0xFF)) return strict(b, 2, StandardCharsets.UTF_16BE, file, "UTF-16BE", "bom");

        String utf8 = tryDecode(b, StandardCharsets.UTF_8);
        if (utf8 != null && utf8.indexOf('\0') < 0)
            return new Decoded(utf8, "UTF-8", ascii(b) ? "ascii" : "utf8");

        // UTF-16 without a mark: its line ends, digits and Latin letters put NUL bytes on one side of each pair.
        int asciiSide = utf16AsciiSide(b);
        if (asciiSide >= 0) {
            boolean le = asciiSide == 1;
            String text = tryDecode(b, le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            if (plausibility(text) >= PLAUSIBLE)
                return le ? new Decoded(text, "UTF-16LE", "utf16le") : new Decoded(text, "UTF-16BE", "utf16be");
        }
        if (looksBinary(b)) throw ImportException.keyed(file, "error.binary");

        String gb = tryDecode(b, GB18030);
        if (gb != null && plausibility(gb) >= PLAUSIBLE && commonChineseShare(b) >= COMMON_CHINESE)
            return new Decoded(gb, "GB18030", "gb18030");
        int bad = firstBadUtf8(b);
        String hint = looksShiftJis(b) ? "error.undecodable.shiftJis" : "error.undecodable";
        throw ImportException.keyed(file, hint, String.format("0x%02X", b[bad] & 0xFF), bad);
    }

    private static Decoded strict(byte[] b, int skip, Charset cs, Path file, String name, String reason) throws ImportException {
        try {
            return new Decoded(decoder(cs).decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString(), name, reason);
        } catch (CharacterCodingException e) {
            throw ImportException.keyed(file, "error.badBom", name);
        }
    }

    /**
     * For text without a byte order mark, which side of each byte pair the NUL bytes of UTF-16's ASCII
     * characters fall on: 1 (odd offsets, little-endian), 0 (even, big-endian), or -1 when the bytes do not
     * have that pattern (no NULs, NULs on both sides, an odd length) and are not UTF-16.
     */
    private static int utf16AsciiSide(byte[] b) {
        if (b.length % 2 != 0) return -1;
        int even = 0, odd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) even++;
                else odd++;
            }
        }
        // a few Han characters (U+4E00, U+5100 …) have a NUL byte too, on the other side
        if (odd > 0 && odd >= 4 * even) return 1;
        if (even > 0 && even >= 4 * odd) return 0;
        return -1;
    }

    /**
     * Share of the double-byte characters of a GB18030 reading that are in GB2312, the 6,763 characters and the
     * symbols everyday simplified Chinese is written in. Japanese Shift_JIS and other double-byte text read as
     * GB18030 lands mostly outside it, in the rare GBK extension.
     */
    static double commonChineseShare(byte[] b) {
        int multi = 0, common = 0;
        for (int i = 0; i < b.length; ) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) { i++; continue; }
            if (i + 1 >= b.length) break;
            int trail = b[i + 1] & 0xFF;
            if (trail >= 0x30 && trail <= 0x39) { multi++; i += 4; continue; }
            multi++;
            if (lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE) common++;
            i += 2;
        }
        return multi == 0 ? 1 : (double) common / multi;
    }

    /** Reads as Shift_JIS and holds kana: Japanese text, worth naming in the message. */
    private static boolean looksShiftJis(byte[] b) {
        String s = tryDecode(b, Charset.forName("windows-31j"));
        if (s == null) return false;
        long kana = s.codePoints().filter(cp -> cp >= 0x3041 && cp <= 0x30FF).count();
        return kana > 0 && plausibility(s) >= PLAUSIBLE;
    }

    private static String tryDecode(byte[] b, Charset cs) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            LOG.log(System.Logger.Level.DEBUG, "not " + cs + ": " + e.getMessage());
            return null;
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static boolean ascii(byte[] b) {
        for (byte x : b) if (x < 0) return false;
        return true;
    }

    private static boolean looksBinary(byte[] b) {
        int control = 0;
        for (byte x : b) {
            if (x == 0) return true;
            if (x > 0 && x < 0x20 && x != '\t' && x != '\n' && x != '\r' && x != '\f' && x != 0x1A) control++;
        }
        return control * 50 > b.length;
    }

    /** Index of the first character no text should hold (C0 controls other than tab, line ends, form feed). */
    private static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f') || c == 0x7F || c == 0xFFFE || c == 0xFFFF) return i;
        }
        return -1;
    }

    /** Offset of the first byte that breaks UTF-8 (0 when none is found). */
    private static int firstBadUtf8(byte[] b) {
        CharsetDecoder d = decoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        var r = d.decode(in, out, true);
        return r.isError() ? Math.min(in.position(), b.length - 1) : 0;
    }

    /** Share of code points that are ordinary text: Chinese, ASCII, common punctuation and symbols. */
    static double plausibility(String s) {
        if (s == null || s.isEmpty()) return 0;
        int good = 0, all = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            all++;
            if (ordinary(cp)) good++;
        }
        return (double) good / all;
    }

    private static boolean ordinary(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f') return true;
        if (cp >= 0x20 && cp < 0x7F) return true;
        if (cp >= 0xA0 && cp <= 0xFF) return true;
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return true;
        return (cp >= 0x2000 && cp <= 0x206F)    // general punctuation: — … “ ”
                || (cp >= 0x2100 && cp <= 0x22FF) // letterlike, arrows, maths
                || (cp >= 0x2460 && cp <= 0x257F) // circled numbers, box drawing
                || (cp >= 0x25A0 && cp <= 0x26FF) // shapes, symbols
                || (cp >= 0x3000 && cp <= 0x30FF) // CJK punctuation, kana
                || (cp >= 0x3200 && cp <= 0x33FF) // enclosed CJK, compatibility
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFFEF) // full-width forms
                || cp == 0xFEFF;
    }
}
