package paiban.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The fallback chains of the shipped faces, read from
 * {@code paiban/font/fallbacks.properties}: per face, the faces tried in order
 * when it lacks a character. Data, so a new face is one line, not new code.
 */
final class FallbackTable {
    static final String RESOURCE = "/paiban/font/fallbacks.properties";
    private static final FallbackTable SHARED = read(RESOURCE);

    private final Map<String, List<String>> chains;

    FallbackTable(Map<String, List<String>> chains) {
        this.chains = Map.copyOf(chains);
    }

    static FallbackTable shared() { return SHARED; }

    /** The faces after {@code face}, in order; a face the table does not name gets every face it names. */
    List<String> chain(String face) {
        List<String> c = chains.get(face);
        if (c != null) return c;
        List<String> all = new ArrayList<>(new TreeSet<>(chains.keySet()));
        all.remove(face);
        return all;
    }

    static FallbackTable read(String resource) {
        try (InputStream in = FallbackTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the fallback table " + resource + " is not on the class path");
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fallback table " + resource, e);
        }
    }

    /** {@code face = next, next, ...} lines (java.util.Properties syntax). */
    static FallbackTable parse(Reader text) throws IOException {
        Properties p = new Properties();
        p.load(text);
        Map<String, List<String>> chains = new LinkedHashMap<>();
        for (String face : p.stringPropertyNames()) {
            List<String> chain = new ArrayList<>();
            for (String name : p.getProperty(face).split(",")) {
                String n = name.strip();
                if (!n.isEmpty() && !n.equals(face) && !chain.contains(n)) chain.add(n);
            }
            chains.put(face.strip(), List.copyOf(chain));
        }
        return new FallbackTable(chains);
    }
}
