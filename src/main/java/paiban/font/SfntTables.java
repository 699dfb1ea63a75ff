package paiban.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The table directory of an sfnt (TrueType) font held in a buffer; each table a big-endian slice. */
final class SfntTables {
    private final Path file;
    private final ByteBuffer font;
    private final Map<String, int[]> entries = new HashMap<>();

    SfntTables(Path file, ByteBuffer font) throws IOException {
        this.file = file;
        this.font = font.order(ByteOrder.BIG_ENDIAN);
        if (font.limit() < 12) throw new IOException(file + ": not a TrueType font (too short)");
        int n = font.getShort(4) & 0xFFFF;
        if (12 + 16L * n > font.limit()) throw new IOException(file + ": not a TrueType font (broken table directory)");
        for (int i = 0; i < n; i++) {
            int at = 12 + 16 * i;
            byte[] tag = new byte[4];
            font.get(at, tag);
            long offset = font.getInt(at + 8) & 0xFFFFFFFFL, length = font.getInt(at + 12) & 0xFFFFFFFFL;
            if (offset + length > font.limit()) throw new IOException(file + ": table " + new String(tag, StandardCharsets.ISO_8859_1) + " runs past the end of the file");
            entries.put(new String(tag, StandardCharsets.ISO_8859_1), new int[] {(int) offset, (int) length});
        }
    }

    ByteBuffer optional(String tag) {
        int[] e = entries.get(tag);
        return e == null ? null : font.slice(e[0], e[1]).order(ByteOrder.BIG_ENDIAN);
    }

    ByteBuffer required(String tag) throws IOException {
        ByteBuffer b = optional(tag);
        if (b == null) throw new IOException(file + ": the font has no " + tag.strip() + " table");
        return b;
    }
}
