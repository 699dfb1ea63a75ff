package paiban.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import paiban.io.imports.Cleanup;
import paiban.io.imports.ImportLimits;
import paiban.io.imports.ImportOptions;
import paiban.io.imports.ImportResult;
import paiban.io.imports.StoryImporter;
import paiban.io.imports.StoryJson;
import paiban.io.imports.StyleMapping;

/** {@code paiban import FILE -o STORY.json [--no-RULE …] [--styles MAP.json]}: copy in as a story file. */
public final class ImportCommand implements Command {
    @Override public String name() { return "import"; }

    @Override public String summary() { return "import a .txt or .docx story with newsroom clean-up, write it as JSON"; }

    @Override public String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: paiban import FILE -o STORY.json [--no-RULE …] [--styles MAP.json]\n\n");
        sb.append("FILE is plain text (UTF-8 with or without BOM, GB18030 or UTF-16; the encoding assumed is\n");
        sb.append("reported) or a Word .docx. The report (rules applied and how often, skipped tables,\n");
        sb.append("comments, pictures; notes on jump lines removed, paragraphs joined, an unsure headline stack) is\n");
        sb.append("printed; exit 2 with a one-line message on unreadable input. Other encodings (Shift_JIS …) are\n");
        sb.append("refused, naming the offset of the first bad byte. Limits (docs/import.md): .txt ")
          .append(ImportLimits.size(ImportLimits.MAX_TEXT_BYTES)).append(", .docx ")
          .append(ImportLimits.size(ImportLimits.MAX_DOCX_BYTES)).append(" (its text ")
          .append(ImportLimits.size(ImportLimits.MAX_DOCX_XML_BYTES)).append(" unpacked),\n")
          .append(String.format("%,d characters a paragraph, %,d paragraphs.%n%n", ImportLimits.MAX_PARAGRAPH_CHARS,
                  ImportLimits.MAX_PARAGRAPHS));
        sb.append("rules (all on; --no-NAME switches one off):\n");
        for (Cleanup c : Cleanup.values()) sb.append(String.format("  --no-%-16s %s%n", c.cliName(), c.description()));
        sb.append("\n--styles MAP.json  Word style → Paiban style mapping to use (default: ").append(StyleMapping.userFile())
          .append(" if it\n                   exists, else built-in). A missing MAP.json is created with the built-in\n")
          .append("                   mapping for you to edit: {\"format\":\"paiban-word-styles\",\"version\":1,\n")
          .append("                   \"styles\":{\"Title\":\"主题\",\"heading 2\":\"小标题\",…}}\n\n");
        sb.append("STORY.json: {\"format\":\"paiban-story\",\"version\":1,\"id\":…,\"title\":…,\"source\":…,\n");
        sb.append("  \"headline\":[{\"style\":\"主题\",\"text\":…}],             (引题 / 主题 / 副题, for a headline frame)\n");
        sb.append("  \"paragraphs\":[{\"style\":\"正文\",\"text\":…,\"runs\":[{\"start\":0,\"end\":2,\"style\":\"粗体\"}]}],\n");
        sb.append("  \"images\":[{\"name\":…,\"contentType\":…,\"widthMpt\":…,\"heightMpt\":…,\"afterParagraph\":…,\"bytes\":…}]}\n");
        sb.append("  run offsets are UTF-16 indices into the text, end exclusive; images are listed, not embedded.\n");
        return sb.toString();
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = new Options(args);
        String output = o.value("-o");
        if (output == null) output = o.value("--output");
        String styles = o.value("--styles");
        ImportOptions options = ImportOptions.defaults();
        for (Cleanup c : Cleanup.values()) if (o.flag("--no-" + c.cliName())) options = options.without(c);
        List<String> files = o.positional();
        if (files.isEmpty()) throw new UsageException("which file? usage: paiban import FILE -o STORY.json");
        if (files.size() > 1) throw new UsageException("one file at a time (got " + files.size() + ")");
        if (output == null) throw new UsageException("-o STORY.json is required");

        StyleMapping mapping;
        if (styles != null) {
            Path mapFile = Path.of(styles);
            if (!Files.exists(mapFile)) {
                StyleMapping.defaults().save(mapFile);
                out.println("wrote the built-in style mapping to " + mapFile + " (edit it and import again)");
            }
            mapping = StyleMapping.load(mapFile);
        } else {
            mapping = StyleMapping.userOrDefaults();
        }
        ImportResult result;
        try {
            result = StoryImporter.importFile(Path.of(files.get(0)), options.withStyles(mapping));
        } catch (paiban.io.imports.ImportException e) {
            throw new UsageException(e.getMessage(), e);
        }
        StoryJson.write(result, Path.of(output));
        result.report().lines().forEach(out::println);
        out.printf("wrote %s: %d headline and %d body paragraphs, %d pictures%n", output,
                result.headline().size(), result.body().paragraphs().size(), result.images().size());
        return Cli.OK;
    }
}
