package paiban.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import paiban.io.DocumentException;
import paiban.io.EditionFile;
import paiban.model.Edition;

/** Input files of the commands, with the one-line messages a user can act on. */
final class Inputs {
    private Inputs() {}

    /** The file named on the command line; it must exist and be a readable file. */
    static Path existingFile(String arg) {
        Path p = Path.of(arg);
        if (!Files.exists(p)) throw new UsageException(arg + ": file not found");
        if (Files.isDirectory(p)) throw new UsageException(arg + ": is a folder, not a file");
        if (!Files.isReadable(p)) throw new UsageException(arg + ": cannot be read (permission denied)");
        return p;
    }

    static Edition edition(String arg) {
        Path p = existingFile(arg);
        try {
            return EditionFile.read(p);
        } catch (DocumentException e) {
            throw new UsageException(Cli.oneLine(e), e);
        } catch (RuntimeException e) {
            throw new UsageException(arg + ": not a readable edition (" + Cli.oneLine(e) + ")", e);
        }
    }

    static boolean isDocx(String arg) {
        return arg.toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
    }

    /** A Word story, imported as the editor's place-text does (styles mapped, clean-up on). */
    static java.util.List<paiban.model.story.Paragraph> docxParagraphs(String arg) {
        Path p = existingFile(arg);
        try {
            return paiban.io.imports.StoryImporter.importFile(p).allParagraphs();
        } catch (paiban.io.imports.ImportException e) {
            throw new UsageException(Cli.oneLine(e), e);
        }
    }

    /**
     * A text file, read as the import reads it: within its size limit, the encoding found (UTF-8, UTF-16,
     * GB18030) or refused with the offset of the first bad byte.
     */
    static String text(String arg) {
        Path p = existingFile(arg);
        try {
            return paiban.io.imports.StoryImporter.readText(p);
        } catch (paiban.io.imports.ImportException e) {
            if ("error.empty".equals(e.key()) || "error.blank".equals(e.key())) return ""; // the command says the story is empty
            throw new UsageException(Cli.oneLine(e), e);
        }
    }

    /** The output folder: created if missing; an existing file there is an error. */
    static Path outputDir(String arg) {
        Path p = Path.of(arg);
        if (Files.exists(p) && !Files.isDirectory(p)) throw new UsageException(arg + ": exists and is not a folder");
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UsageException(arg + ": cannot create the folder (" + Cli.oneLine(e) + ")", e);
        }
        if (!Files.isWritable(p)) throw new UsageException(arg + ": folder is not writable");
        return p;
    }

    /** An output file whose folder exists or can be made. */
    static Path outputFile(String arg) {
        Path p = Path.of(arg).toAbsolutePath();
        if (Files.isDirectory(p)) throw new UsageException(arg + ": is a folder; give a file name such as proof.pdf");
        outputDir(p.getParent().toString());
        return p;
    }
}
