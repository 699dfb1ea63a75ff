package paiban.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import paiban.compose.flow.EditionComposer;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.style.DefaultStyles;

/**
 * The one source of truth of the editor: the edition being edited, its
 * composed layout and its file. Every view is a projection of these; an
 * edit swaps in a new immutable edition and the layout follows.
 */
public final class EditionDocument {
    private final Function<Edition, EditionLayout> composer;
    private final ReadOnlyObjectWrapper<Edition> edition = new ReadOnlyObjectWrapper<>(this, "edition");
    private final ReadOnlyObjectWrapper<EditionLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");

    public EditionDocument(Function<Edition, EditionLayout> composer, Edition initial, Path file) {
        this.composer = Objects.requireNonNull(composer);
        if (composer instanceof FileComposer fc) fc.document = this;
        this.file.set(file);
        setEdition(initial);
    }

    /** Composes with {@code composer}, resolving image paths against the edition file's folder. */
    public EditionDocument(EditionComposer composer, Edition initial, Path file) {
        this(new FileComposer(composer), initial, file);
    }

    /** Images in the file are relative to it, so the folder comes from the document's current file. */
    private static final class FileComposer implements Function<Edition, EditionLayout> {
        private final EditionComposer composer;
        private EditionDocument document;

        FileComposer(EditionComposer composer) { this.composer = composer; }

        @Override
        public EditionLayout apply(Edition e) {
            Path file = document == null ? null : document.file();
            Path dir = file == null ? null : file.toAbsolutePath().getParent();
            // incremental: typing reflows only the changed story from the changed paragraph on
            return composer.layout(e, dir);
        }
    }

    /** An edition with no pages, shown when nothing could be opened. */
    public static Edition emptyEdition() {
        PageTemplate t = PageTemplate.duikai();
        return new Edition("", null, null, List.of(t), DefaultStyles.forBody(t.bodySize()), List.of(), List.of());
    }

    public Edition edition() { return edition.get(); }

    public EditionLayout layout() { return layout.get(); }

    public Path file() { return file.get(); }

    public ReadOnlyObjectProperty<Edition> editionProperty() { return edition.getReadOnlyProperty(); }

    /** Changes after {@link #editionProperty()}: listen here to see an edition together with its layout. */
    public ReadOnlyObjectProperty<EditionLayout> layoutProperty() { return layout.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    /** Swaps in a new edition and composes it. */
    public void setEdition(Edition next) {
        Objects.requireNonNull(next, "edition");
        EditionLayout composed = composer.apply(next);
        edition.set(next);
        layout.set(composed);
    }

    /** Replaces the whole document, as opening another file does. */
    public void open(Edition next, Path newFile) {
        file.set(newFile);
        setEdition(next);
    }
}
