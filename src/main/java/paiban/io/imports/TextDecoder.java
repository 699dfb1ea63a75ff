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
 * strict UTF-8, then UTF-16 without a mark (judged by how much of it reads as
 * Chinese or ASCII), then GB18030. Never guesses silently: the result says
 * which charset was assumed and why; bytes no candidate reads are an error.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    /** Share of characters that must be ordinary text for a BOM-less UTF-16 or GB18030 reading to be believed. */
    private static final double PLAUSIBLE = 0.9;

    /** @param reason why the charset was assumed, as {@link ImportReport#encodingReason()} codes it */
    record Decoded(String text, String charset, String reason) {}

    private TextDecoder() {}

    static Decoded decode(byte[] b, Path file) throws ImportException {
        if (b.length == 0) throw new ImportException(file, "empty file");
        Decoded d = decodeRaw(b, file);
        String text = d.text().replace("\r\n", "\n").replace('\r', '\n');
        int control = firstControl(text);
        if (control >= 0)
            throw new ImportException(file, String.format("not a text file: control character U+%04X at character %d (read as %s)",
                    (int) text.charAt(control), control, d.charset()));
        if (text.isBlank()) throw new ImportException(file, "empty file (no text, only white space)");
        return new Decoded(text, d.charset(), d.reason());
    }

    private static Decoded decodeRaw(byte[] b, Path file) throws ImportException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return strict(b, 3, StandardCharsets.UTF_8, file, "UTF-8", "bom");
        if (startsWith(b, 0xFF, 0xFE)) return strict(b, 2, StandardCharsets.UTF_16LE, file, "UTF-16LE", "bom");
        if (startsWith(b, 0xFE, 0xFF)) return strict(b, 2, StandardCharsets.UTF_16BE, file, "UTF-16BE", "bom");

        String utf8 = tryDecode(b, StandardCharsets.UTF_8);
        if (utf8 != null && utf8.indexOf('\0') < 0)
            return new Decoded(utf8, "UTF-8", ascii(b) ? "ascii" : "utf8");

        if (b.length % 2 == 0) {
            String le = tryDecode(b, StandardCharsets.UTF_16LE);
            String be = tryDecode(b, StandardCharsets.UTF_16BE);
            double sl = plausibility(le), sb = plausibility(be);
            if (Math.max(sl, sb) >= PLAUSIBLE) {
                return sl >= sb ? new Decoded(le, "UTF-16LE", "utf16le")
                                : new Decoded(be, "UTF-16BE", "utf16be");
            }
        }
        if (looksBinary(b)) throw new ImportException(file, "not a text file: it holds binary data (NUL or control bytes)");

        String gb = tryDecode(b, GB18030);
        if (gb != null && plausibility(gb) >= PLAUSIBLE)
            return new Decoded(gb, "GB18030", "gb18030");
        int bad = firstBadUtf8(b);
        throw new ImportException(file, String.format(
                "cannot decode the text: not UTF-8 (byte 0x%02X at offset %d), nor UTF-16 or GB18030", b[bad] & 0xFF, bad));
    }

    private static Decoded strict(byte[] b, int skip, Charset cs, Path file, String name, String reason) throws ImportException {
        try {
            return new Decoded(decoder(cs).decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString(), name, reason);
        } catch (CharacterCodingException e) {
            throw new ImportException(file, "not valid " + name + " although it starts with a " + name + " byte order mark");
        }
    }

    private static String tryDecode(byte[] b, Charset cs) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
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
