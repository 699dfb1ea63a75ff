package paiban.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import paiban.model.style.FontFamily;

/**
 * Which font files set each family a designer names (宋体, 标宋, 大黑, …), read from
 * {@code paiban/font/families.properties}: per family and weight the family's own
 * face first, then its stand-ins. Data, so a new face is a line, not code.
 */
final class FamilyTable {
    static final String RESOURCE = "/paiban/font/families.properties";
    private static final FamilyTable SHARED = read(RESOURCE);

    private final Map<FontFamily, List<String>> regular;
    private final Map<FontFamily, List<String>> bold;

    private FamilyTable(Map<FontFamily, List<String>> regular, Map<FontFamily, List<String>> bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static FamilyTable shared() { return SHARED; }

    /** The faces for a family and weight, its own first; never empty. */
    List<String> faces(FontFamily family, boolean isBold) {
        return (isBold ? bold : regular).get(family);
    }

    static FamilyTable read(String resource) {
        try (InputStream in = FamilyTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the family table " + resource + " is not on the class path");
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the family table " + resource, e);
        }
    }

    /** {@code 宋体.regular = face, face} lines; every family needs both weights. */
    static FamilyTable parse(Reader text) throws IOException {
        Properties p = new Properties();
        p.load(text);
        Map<FontFamily, List<String>> regular = new EnumMap<>(FontFamily.class);
        Map<FontFamily, List<String>> bold = new EnumMap<>(FontFamily.class);
        for (String key : p.stringPropertyNames()) {
            String k = key.strip();
            int dot = k.lastIndexOf('.');
            FontFamily family = dot < 0 ? null : FontFamily.ofChinese(k.substring(0, dot));
            String weight = dot < 0 ? "" : k.substring(dot + 1);
            if (family == null || !(weight.equals("regular") || weight.equals("bold")))
                throw new IllegalArgumentException("family table: \"" + key + "\" is not a family and weight (宋体.regular)");
            List<String> faces = new ArrayList<>();
            for (String name : p.getProperty(key).split(",")) {
                String n = name.strip();
                if (!n.isEmpty() && !faces.contains(n)) faces.add(n);
            }
            if (faces.isEmpty()) throw new IllegalArgumentException("family table: " + key + " names no face");
            (weight.equals("bold") ? bold : regular).put(family, List.copyOf(faces));
        }
        for (FontFamily f : FontFamily.values()) {
            if (!regular.containsKey(f) || !bold.containsKey(f))
                throw new IllegalArgumentException("family table: " + f.chinese() + " needs a regular and a bold line");
        }
        return new FamilyTable(regular, bold);
    }
}
