package paiban.ui.panels;

import java.nio.file.Path;

import paiban.model.Edition;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

/**
 * The properties panel's view model over the sample edition as the editor builds it (document, undo
 * stack, canvas selection), for tests that edit frames through the panel's rows.
 */
final class SamplePanel {
    final Path sample = EditionLoader.sample();
    final Edition saved = read(sample);
    final EditionDocument doc = new EditionDocument(TestEditions.COMPOSER, saved, sample);
    final UndoStack undo = new UndoStack(doc);
    final CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final PropertiesViewModel vm = new PropertiesViewModel(canvas);

    private static Edition read(Path file) {
        try {
            return EditionLoader.read(file);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The row called {@code name} for the current selection; fails naming the rows there are. */
    PropertyRow row(String name) {
        return vm.row(name).orElseThrow(() -> new AssertionError("no row " + name + " in "
                + vm.rows().stream().map(PropertyRow::name).toList()));
    }
}
