package paiban.render.pdf;

import java.nio.charset.StandardCharsets;

/**
 * Writes the ToUnicode CMap of an embedded font: for every two-byte code the
 * exact characters the layout drew with it (UTF-16BE, so characters outside
 * the BMP map to their surrogate pairs).
 */
final class ToUnicodeCMap {
    private static final int PER_BLOCK = 100;

    private ToUnicodeCMap() {}

    /** @param texts texts[code] is the text of code {@code code}; null for codes without text */
    static byte[] write(String[] texts, int count) {
        StringBuilder sb = new StringBuilder(64 + count * 20);
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
          .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
          .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
          .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int code = 0;
        while (code < count) {
            int n = 0;
            for (int c = code; c < count && n < PER_BLOCK; c++) if (texts[c] != null) n++;
            if (n == 0) break;
            sb.append(n).append(" beginbfchar\n");
            int written = 0;
            while (code < count && written < n) {
                String t = texts[code];
                if (t != null) {
                    sb.append('<');
                    hex4(sb, code);
                    sb.append("> <");
                    for (int i = 0; i < t.length(); i++) hex4(sb, t.charAt(i));
                    sb.append(">\n");
                    written++;
                }
                code++;
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void hex4(StringBuilder sb, int v) {
        String h = Integer.toHexString(v & 0xFFFF).toUpperCase();
        for (int i = h.length(); i < 4; i++) sb.append('0');
        sb.append(h);
    }
}
