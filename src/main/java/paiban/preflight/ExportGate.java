package paiban.preflight;

import java.nio.file.Path;
import java.util.List;

import paiban.layout.EditionLayout;
import paiban.model.Edition;

/**
 * Preflight before export, the one rule for {@code paiban export} and the
 * editor's export dialog: the edition is checked as it is about to be written,
 * every finding is shown, and an ERROR stops the export unless the user
 * insists ({@code --force}, or 仍然导出 in the dialog). Nothing is exported
 * silently.
 *
 * @param findings all findings, errors first
 */
public record ExportGate(List<Finding> findings) {
    public ExportGate {
        findings = List.copyOf(findings);
    }

    /** Runs preflight on the edition as composed. @param baseDir folder of the edition file, or null */
    public static ExportGate check(Preflight preflight, Edition edition, EditionLayout layout, Path baseDir) {
        return new ExportGate(preflight.check(edition, layout, baseDir));
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public boolean hasErrors() { return Preflight.hasErrors(findings); }

    /**
     * The PDF writer's warnings less those about an image preflight has
     * already reported for the same frame (missing or unreadable): each such
     * image is said once, by the finding that names its page, frame and file.
     * The writer's warnings name the frame as ", frame ID:".
     */
    public List<String> unreported(List<String> pdfWarnings) {
        java.util.Set<String> frames = new java.util.HashSet<>();
        for (Finding f : findings) {
            if ((f.code().equals("missing-image") || f.code().equals("unreadable-image")) && !f.frameId().isEmpty()) {
                frames.add(f.frameId());
            }
        }
        return pdfWarnings.stream().filter(w -> frames.stream().noneMatch(id -> w.contains(", frame " + id + ":"))).toList();
    }

    /** Whether writing must stop: there are errors and the user has not insisted. */
    public boolean refuses(boolean force) {
        return hasErrors() && !force;
    }
}
