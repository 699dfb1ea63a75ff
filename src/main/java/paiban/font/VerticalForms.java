package paiban.font;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The single substitutions of a font's GSUB {@code vert} feature (or {@code vrt2} when there is
 * no {@code vert}): the glyph a character takes in vertical text, such as the 。 set in the upper
 * right of its cell, the turned 「」 and the upright ——. Read from the GSUB table directly (lookup
 * types 1 and 7); feature variations by script and language are not told apart, as the shipped
 * CJK faces give one set.
 */
final class VerticalForms {
    private static final System.Logger LOG = paiban.log.Log.of(VerticalForms.class);
    static final VerticalForms NONE = new VerticalForms(Map.of());

    /**
     * Glyphs with a vertical form, ascending, and their forms: every glyph of a vertical line is looked
     * up, so a binary search over two int arrays rather than a map of boxed integers.
     */
    private final int[] from;
    private final int[] to;

    private VerticalForms(Map<Integer, Integer> forms) {
        from = forms.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        to = new int[from.length];
        for (int i = 0; i < from.length; i++) to[i] = forms.get(from[i]);
    }

    int of(int glyph) {
        int i = java.util.Arrays.binarySearch(from, glyph);
        return i < 0 ? glyph : to[i];
    }

    int size() { return from.length; }

    /** The forms in {@code gsub}; none when it is absent or cannot be read. */
    static VerticalForms read(ByteBuffer gsub) {
        if (gsub == null || gsub.limit() < 10) return NONE;
        try {
            Map<Integer, Integer> out = new HashMap<>();
            int features = u16(gsub, 6), lookups = u16(gsub, 8);
            if (!collect(gsub, features, lookups, "vert", out)) collect(gsub, features, lookups, "vrt2", out);
            return new VerticalForms(out);
        } catch (IndexOutOfBoundsException e) {
            LOG.log(System.Logger.Level.WARNING, "the font's GSUB table is broken; vertical text uses horizontal forms", e);
            return NONE; // a broken table: horizontal forms, as a font without one
        }
    }

    private static boolean collect(ByteBuffer b, int featureList, int lookupList, String tag, Map<Integer, Integer> out) {
        boolean found = false;
        int n = u16(b, featureList);
        for (int i = 0; i < n; i++) {
            int rec = featureList + 2 + 6 * i;
            String t = "" + (char) b.get(rec) + (char) b.get(rec + 1) + (char) b.get(rec + 2) + (char) b.get(rec + 3);
            if (!t.equals(tag)) continue;
            found = true;
            int feature = featureList + u16(b, rec + 4);
            int count = u16(b, feature + 2);
            for (int k = 0; k < count; k++) {
                int index = u16(b, feature + 4 + 2 * k);
                lookup(b, lookupList + u16(b, lookupList + 2 + 2 * index), out);
            }
        }
        return found;
    }

    private static void lookup(ByteBuffer b, int lookup, Map<Integer, Integer> out) {
        int type = u16(b, lookup), subtables = u16(b, lookup + 4);
        for (int s = 0; s < subtables; s++) {
            int sub = lookup + u16(b, lookup + 6 + 2 * s);
            int subType = type;
            if (type == 7) { // extension: the real subtable at a 32-bit offset
                subType = u16(b, sub + 2);
                sub = sub + b.getInt(sub + 4);
            }
            if (subType == 1) single(b, sub, out);
        }
    }

    private static void single(ByteBuffer b, int sub, Map<Integer, Integer> out) {
        int format = u16(b, sub);
        int[] covered = coverage(b, sub + u16(b, sub + 2));
        for (int i = 0; i < covered.length; i++) {
            int to = format == 1 ? (covered[i] + b.getShort(sub + 4)) & 0xFFFF : u16(b, sub + 6 + 2 * i);
            out.putIfAbsent(covered[i], to);
        }
    }

    private static int[] coverage(ByteBuffer b, int at) {
        int format = u16(b, at), n = u16(b, at + 2);
        if (format == 1) {
            int[] g = new int[n];
            for (int i = 0; i < n; i++) g[i] = u16(b, at + 4 + 2 * i);
            return g;
        }
        int total = 0;
        for (int r = 0; r < n; r++) total = Math.max(total, u16(b, at + 4 + 6 * r + 4) + u16(b, at + 4 + 6 * r + 2) - u16(b, at + 4 + 6 * r) + 1);
        int[] g = new int[total];
        for (int r = 0; r < n; r++) {
            int start = u16(b, at + 4 + 6 * r), end = u16(b, at + 6 + 6 * r), index = u16(b, at + 8 + 6 * r);
            for (int gid = start; gid <= end; gid++) g[index + gid - start] = gid;
        }
        return g;
    }

    private static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }
}
