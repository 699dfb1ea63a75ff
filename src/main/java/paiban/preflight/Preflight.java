package paiban.preflight;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;

/**
 * The checks a page passes before it goes to the printing plant (SPEC §8),
 * shared by the editor's status light and {@code paiban preflight}.
 * Reads the edition and its composed layout; draws and changes nothing.
 * The layout's own warnings are not repeated: they say what these checks
 * find (missing images, shared frames, font fallbacks), and the font
 * library's list is process-wide, not the edition's.
 */
public final class Preflight {
    private final FontLibrary fonts;
    private final List<Check> checks = List.of(
            new OversetCheck(), new FontCheck(), new ImageCheck(), new AdCheck(), new ColourCheck(),
            new TypeAreaCheck(), new ThreadCheck(), new JumpCheck(), new LabelCheck(), new MissingGlyphCheck(),
            new LooseLineCheck(), new ColumnWidthCheck(), new WhiteTextCheck(), new TableCheck(),
            new StyleCheck());

    public Preflight(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /**
     * @param baseDir folder of the edition file (image paths are relative to it); null to use the layout's image files
     * @return findings, errors first, then by page order
     */
    public List<Finding> check(Edition edition, EditionLayout layout, Path baseDir) {
        PreflightContext ctx = new PreflightContext(edition, layout, fonts, baseDir);
        List<Finding> out = new ArrayList<>();
        for (Check c : checks) c.run(ctx, out);
        out.sort(Comparator.comparing(Finding::severity)
                .thenComparingInt(f -> f.pageId().isEmpty() ? Integer.MAX_VALUE : edition.pageNumber(f.pageId())));
        return List.copyOf(out);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }
}
