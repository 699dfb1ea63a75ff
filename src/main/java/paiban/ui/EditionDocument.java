package paiban.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
    /** (edition, folder of its file or null) → layout */
    private final BiFunction<Edition, Path, EditionLayout> composer;
    /** The same, composing everything afresh (files on disk changed under an unchanged edition). */
    private final BiFunction<Edition, Path, EditionLayout> fresh;
    private final ReadOnlyObjectWrapper<Edition> edition = new ReadOnlyObjectWrapper<>(this, "edition");
    private final ReadOnlyObjectWrapper<EditionLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** Counts the documents opened in this holder: views reset (fit page, forget history) when it changes. */
    private final ReadOnlyIntegerWrapper opened = new ReadOnlyIntegerWrapper(this, "opened");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    /** The edition as last opened or saved; the document is dirty while it shows another. */
    private Edition saved;
    /**
     * Counts every change of edition or layout: work started in the background for one generation lands only
     * while the document is still at it ({@link BackgroundWork.Latest}), so a slow result never covers a newer one.
     */
    private volatile long generation;
    /** See {@link #readsOfFiles()}. */
    private int readsOfFiles;

    /** Lays out with {@code composer}, which ignores where the file is (tests with editions made in code). */
    public EditionDocument(Function<Edition, EditionLayout> composer, Edition initial, Path file) {
        this((e, folder) -> composer.apply(e), (e, folder) -> composer.apply(e), initial, file);
    }

    /**
     * Lays out through the composer's flow session, so typing reflows only the
     * changed story from the changed paragraph on; images resolve against the
     * current file's folder.
     */
    public EditionDocument(EditionComposer composer, Edition initial, Path file) {
        this(composer::layout, composer::compose, initial, file);
    }

    /**
     * Starts with {@code composed}, the layout {@code composer} made of {@code initial} for {@code file}'s folder
     * (off the FX thread, while the window was being built); later edits compose through the same session.
     */
    public EditionDocument(EditionComposer composer, Edition initial, Path file, EditionLayout composed) {
        this(composer::layout, composer::compose, initial, file, Objects.requireNonNull(composed, "layout"));
    }

    private EditionDocument(BiFunction<Edition, Path, EditionLayout> composer,
                            BiFunction<Edition, Path, EditionLayout> fresh, Edition initial, Path file) {
        this(composer, fresh, initial, file, null);
    }

    private EditionDocument(BiFunction<Edition, Path, EditionLayout> composer,
                            BiFunction<Edition, Path, EditionLayout> fresh, Edition initial, Path file,
                            EditionLayout composed) {
        this.composer = Objects.requireNonNull(composer);
        this.fresh = Objects.requireNonNull(fresh);
        this.file.set(file);
        this.saved = initial;
        if (composed == null) {
            setEdition(initial);
        } else {
            edition.set(Objects.requireNonNull(initial, "edition"));
            layout.set(composed);
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

    public ReadOnlyIntegerProperty openedProperty() { return opened.getReadOnlyProperty(); }

    /** True while the edition differs from the one last opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public boolean isDirty() { return dirty.get(); }

    /** Grows with every change of edition or layout; compare it to drop results computed for an older state. */
    public long generation() { return generation; }

    /** Swaps in a new edition and composes it. */
    public void setEdition(Edition next) {
        Objects.requireNonNull(next, "edition");
        EditionLayout composed = compose(next);
        generation++;
        edition.set(next);
        layout.set(composed);
        // undoing back to the saved edition makes the document clean again
        dirty.set(next != saved && !next.equals(saved));
        revision.set(revision.get() + 1);
    }

    /**
     * Grows once per change of the edition, after its layout is in place too (and after files read
     * again): one event for what depends on both, where edition and layout each fire their own.
     */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    /**
     * The layout {@code candidate} would have, the document left as it is:
     * what the canvas shows while a frame is dragged, before the drop edits.
     */
    public EditionLayout compose(Edition candidate) {
        Path f = file.get();
        return composer.apply(candidate, f == null ? null : f.toAbsolutePath().getParent());
    }

    /**
     * Composes the edition again as it is, for files that changed on disk
     * under it (a placed ad or a photo that appeared, was replaced or went
     * away): everything is composed afresh, as the session would otherwise
     * keep the marks of frames whose edition did not change.
     */
    public void recompose() {
        Path f = file.get();
        EditionLayout composed = fresh.apply(edition.get(), f == null ? null : f.toAbsolutePath().getParent());
        generation++;
        readsOfFiles++;
        layout.set(composed);
        revision.set(revision.get() + 1);
    }

    /**
     * Counts the layouts made from files read again ({@link #recompose}, or another edition
     * opened): their marks may equal the old ones while the pictures behind them changed, so a
     * view paints such a layout whole; after an edit it may paint only the marks that differ.
     */
    public int readsOfFiles() { return readsOfFiles; }

    /** Replaces the whole document, as opening another file does. */
    public void open(Edition next, Path newFile) {
        generation++;
        readsOfFiles++;
        file.set(newFile);
        saved = next;
        setEdition(next);
        opened.set(opened.get() + 1);
    }

    /**
     * Records that {@code written} was saved to {@code newFile}; when it
     * differs from the current edition only by rebased paths it replaces it.
     */
    public void saved(Edition written, Path newFile) {
        boolean moved = !newFile.equals(file.get());
        if (moved) generation++; // images resolve against another folder
        file.set(newFile);
        saved = written;
        if (written != edition.get() || moved) setEdition(written); // composes against the new folder
        dirty.set(false);
    }
}
