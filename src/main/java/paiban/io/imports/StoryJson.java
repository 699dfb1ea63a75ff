package paiban.io.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import paiban.io.AtomicFile;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/**
 * The standalone story file {@code import} writes, for placing into an edition later:
 * <pre>
 * {"format": "paiban-story", "version": 1, "id": "…", "title": "…", "source": "copy.docx",
 *  "headline":   [{"style": "主题", "text": "…"}],
 *  "paragraphs": [{"style": "正文", "text": "…", "runs": [{"start": 0, "end": 4, "style": "粗体"}]}],
 *  "images":     [{"name": "image1.png", "contentType": "image/png", "widthMpt": 1, "heightMpt": 1,
 *                  "afterParagraph": 3, "bytes": 1234}]}
 * </pre>
 * Run offsets are UTF-16 indices into the paragraph's text, end exclusive;
 * "runs" is left out when empty. Images are listed, not embedded.
 */
public final class StoryJson {
    public static final String FORMAT = "paiban-story";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A story file read back: the headline stack and the body story. */
    public record Content(List<Paragraph> headline, Story body) {}

    private StoryJson() {}

    public static String toJson(ImportResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("id", r.body().id());
        root.put("title", r.body().title());
        root.put("source", r.report().source());
        paragraphs(root.putArray("headline"), r.headline());
        paragraphs(root.putArray("paragraphs"), r.body().paragraphs());
        ArrayNode images = root.putArray("images");
        for (ImportedImage i : r.images()) {
            ObjectNode o = images.addObject();
            o.put("name", i.name());
            o.put("contentType", i.contentType());
            o.put("widthMpt", i.widthMpt());
            o.put("heightMpt", i.heightMpt());
            o.put("afterParagraph", i.afterParagraph());
            o.put("bytes", i.size());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes atomically (see {@link AtomicFile}: the old file is kept as .bak), creating the folder if needed. */
    public static void write(ImportResult r, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        AtomicFile.write(file, toJson(r).getBytes(StandardCharsets.UTF_8));
    }

    public static Content read(Path file) throws ImportException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "no such file");
        } catch (JsonProcessingException e) {
            throw new ImportException(file, "not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()))
            throw new ImportException(file, "not a story file (\"format\" must be \"" + FORMAT + "\")");
        if (root.path("version").asInt(-1) != VERSION)
            throw new ImportException(file, "story file version " + root.path("version") + " is not supported");
        try {
            List<Paragraph> headline = paragraphs(root.path("headline"));
            List<Paragraph> body = paragraphs(root.path("paragraphs"));
            String id = root.path("id").asText("story");
            return new Content(headline, new Story(id.isBlank() ? "story" : id, root.path("title").asText(""), body, List.of()));
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, "bad story: " + e.getMessage());
        }
    }

    private static void paragraphs(ArrayNode out, List<Paragraph> ps) {
        for (Paragraph p : ps) {
            ObjectNode o = out.addObject();
            o.put("style", p.style());
            o.put("text", p.text());
            if (!p.runs().isEmpty()) {
                ArrayNode runs = o.putArray("runs");
                for (CharRun r : p.runs()) runs.addObject().put("start", r.start()).put("end", r.end()).put("style", r.style());
            }
        }
    }

    private static List<Paragraph> paragraphs(JsonNode array) {
        List<Paragraph> ps = new ArrayList<>();
        for (JsonNode p : array) {
            List<CharRun> runs = new ArrayList<>();
            for (JsonNode r : p.path("runs")) runs.add(new CharRun(r.path("start").asInt(), r.path("end").asInt(), r.path("style").asText()));
            ps.add(new Paragraph(p.path("style").asText("正文"), p.path("text").asText(""), runs));
        }
        return ps;
    }
}
