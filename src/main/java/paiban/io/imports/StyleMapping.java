package paiban.io.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import paiban.io.AtomicFile;

/**
 * Word style name → Paiban paragraph style, editable by the user and saved as
 * a small JSON file:
 * <pre>{"format": "paiban-word-styles", "version": 1,
 *  "styles": {"Title": "主题", "heading 2": "小标题", …}}</pre>
 * Names match case- and space-insensitively against a Word paragraph's style
 * name or id ("heading 1", "Heading1", "标题 1"). The user's file lives at
 * {@link #userFile()}; when it is missing the {@link #defaults()} apply. A
 * file holds the whole mapping: entries it lacks are not mapped.
 */
public final class StyleMapping {
    static final String FORMAT = "paiban-word-styles";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, String> entries;

    public StyleMapping(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** Built-in mapping: Word's English and Chinese built-in names, and Paiban's own style names to themselves. */
    public static StyleMapping defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Normal", "正文");
        m.put("Body Text", "正文");
        m.put("List Paragraph", "正文");
        m.put("Title", "主题");
        m.put("标题", "主题");
        m.put("Subtitle", "副题");
        m.put("副标题", "副题");
        m.put("heading 1", "主题");
        m.put("标题 1", "主题");
        m.put("heading 2", "小标题");
        m.put("标题 2", "小标题");
        m.put("heading 3", "小标题");
        m.put("标题 3", "小标题");
        m.put("caption", "图片说明");
        m.put("题注", "图片说明");
        for (String own : new String[] {"正文", "引题", "主题", "副题", "小标题", "电头", "署名", "图片说明"}) m.putIfAbsent(own, own);
        return new StyleMapping(m);
    }

    /** Where the user's mapping is kept: {@code word-styles.json} in the {@link paiban.settings.SettingsFolder}. */
    public static Path userFile() {
        return paiban.settings.SettingsFolder.path().resolve("word-styles.json");
    }

    /** The user's saved mapping, or the defaults when none is saved. */
    public static StyleMapping userOrDefaults() throws ImportException {
        Path f = userFile();
        return Files.exists(f) ? load(f) : defaults();
    }

    public static StyleMapping load(Path file) throws ImportException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "style mapping not found");
        } catch (JsonProcessingException e) {
            throw new ImportException(file, "style mapping is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new ImportException(file, "cannot read style mapping: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText()))
            throw new ImportException(file, "not a style mapping (\"format\" must be \"" + FORMAT + "\")");
        if (root.path("version").asInt(-1) != VERSION)
            throw new ImportException(file, "style mapping version " + root.path("version") + " is not supported (expected " + VERSION + ")");
        JsonNode styles = root.path("styles");
        if (!styles.isObject()) throw new ImportException(file, "style mapping needs an object \"styles\"");
        Map<String, String> m = new LinkedHashMap<>();
        var it = styles.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank())
                throw new ImportException(file, "style mapping: \"" + e.getKey() + "\" must map to a Paiban style name");
            m.put(e.getKey(), e.getValue().asText());
        }
        return new StyleMapping(m);
    }

    /** Writes the mapping atomically (see {@link AtomicFile}: the old file is kept as .bak), creating the folder if needed. */
    public void save(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode styles = root.putObject("styles");
        entries.forEach(styles::put);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        AtomicFile.write(file, (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The Paiban style for a Word style name or id. */
    public Optional<String> lookup(String wordStyle) {
        if (wordStyle == null) return Optional.empty();
        String key = normalize(wordStyle);
        for (var e : entries.entrySet()) if (normalize(e.getKey()).equals(key)) return Optional.of(e.getValue());
        return Optional.empty();
    }

    public StyleMapping with(String wordStyle, String paibanStyle) {
        Map<String, String> m = new LinkedHashMap<>(entries);
        m.keySet().removeIf(k -> normalize(k).equals(normalize(wordStyle)));
        m.put(wordStyle, paibanStyle);
        return new StyleMapping(m);
    }

    public StyleMapping without(String wordStyle) {
        Map<String, String> m = new LinkedHashMap<>(entries);
        m.keySet().removeIf(k -> normalize(k).equals(normalize(wordStyle)));
        return new StyleMapping(m);
    }

    /** The entries in the order the file lists them. */
    public Map<String, String> entries() { return entries; }

    private static String normalize(String name) {
        return name.replaceAll("[\\s\u3000]+", "").toLowerCase(Locale.ROOT);
    }

    @Override public boolean equals(Object o) {
        return o instanceof StyleMapping other && entries.equals(other.entries);
    }

    @Override public int hashCode() { return entries.hashCode(); }
}
