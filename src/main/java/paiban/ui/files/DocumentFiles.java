package paiban.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import paiban.io.Autosave;
import paiban.io.DocumentException;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.ImagePaths;
import paiban.ui.Messages;

/**
 * New, open, save, save as, autosave and recovery for the one
 * {@link EditionDocument}. Every question goes through {@link FileDialogs},
 * so all of it runs in tests without a window. Whatever fails (a damaged
 * file, a full disk) is told through the dialogs and leaves the document
 * and the files on disk as they were.
 */
public final class DocumentFiles {
    private static final System.Logger LOG = paiban.log.Log.of(DocumentFiles.class);
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofMinutes(1);

    private final EditionDocument document;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    private final Path settings;
    private Autosave autosave;
    /** What the autosave timer writes: the edition while it has unsaved changes, else null. Read off the FX thread. */
    private volatile Edition unsaved;
    private Duration interval;
    private Consumer<Runnable> fxThread = Runnable::run;
    private boolean autosaveFailureShown;

    /**
     * @param settings folder for the recovery copy of an untitled edition
     *                 (see {@link UserFolders}); the document's current edition counts as saved
     */
    public DocumentFiles(EditionDocument document, FileDialogs dialogs, RecentFiles recent, Path settings) {
        this.document = document;
        this.dialogs = dialogs;
        this.recent = recent;
        this.settings = settings;
        this.autosave = new Autosave(autosaveTarget(document.file()));
        // the document knows what is unsaved (it compares with the edition last opened or saved)
        document.editionProperty().addListener(o -> updateUnsaved());
        document.dirtyProperty().addListener(o -> updateUnsaved());
        updateUnsaved();
    }

    public EditionDocument document() { return document; }

    public RecentFiles recent() { return recent; }

    /** True while the edition differs from the file (undoing back to the saved state clears it). */
    public ReadOnlyBooleanProperty dirtyProperty() { return document.dirtyProperty(); }

    public boolean isDirty() { return document.isDirty(); }

    /** Where the current edition's recovery copy goes. */
    public Path autosaveFile() { return autosave.autosaveFile(); }

    // ---- new, open ----

    /** 新建: asks about unsaved changes, then for the template; false when nothing happened. */
    public boolean newEdition() {
        if (!confirmUnsaved()) return false;
        Optional<NewEditionSpec> spec = dialogs.askNewEdition();
        if (spec.isEmpty()) return false;
        replace(EditionTemplates.create(spec.get()), null, null);
        return true;
    }

    /** 打开…: asks about unsaved changes, then for a file. */
    public boolean open() {
        if (!confirmUnsaved()) return false;
        Optional<Path> chosen = dialogs.chooseOpen(folder());
        return chosen.isPresent() && load(chosen.get());
    }

    /** Opens {@code file} (a recent file, a file dropped or named on the command line), asking about unsaved changes first. */
    public boolean open(Path file) {
        return confirmUnsaved() && load(file);
    }

    private boolean load(Path file) {
        Edition onDisk;
        try {
            onDisk = EditionLoader.read(file);
        } catch (DocumentException e) {
            dialogs.showError(Messages.get("error.open.header"), e.getMessage());
            if (!Files.exists(file)) recent.remove(file);
            return false;
        }
        replace(onDisk, file, recovered(file).orElse(null));
        recent.add(file);
        return true;
    }

    /**
     * On start: when the current file has a recovery copy newer than itself,
     * offers to open the copy; else when an untitled edition left one, offers that.
     * @return whether the copy was taken
     */
    public boolean offerRecovery() {
        Optional<Edition> copy = recovered(document.file());
        if (copy.isPresent()) {
            document.setEdition(copy.get());
            return true;
        }
        if (document.file() == null) return false;
        // work on an edition never saved, left by a crash: offered even though another file opened at start
        Optional<Edition> untitled = recovered(null);
        untitled.ifPresent(e -> replace(EditionDocument.emptyEdition(), null, e));
        return untitled.isPresent();
    }

    /** The autosaved copy of {@code file}, when there is a newer one and the user wants it. */
    private Optional<Edition> recovered(Path file) {
        Path target = autosaveTarget(file);
        try {
            Optional<Path> copy = Autosave.recoverable(target);
            if (copy.isEmpty()) return Optional.empty();
            Instant time = Files.getLastModifiedTime(copy.get()).toInstant();
            if (!dialogs.offerRecovery(file, time)) return Optional.empty();
            return Optional.of(EditionFile.read(copy.get()));
        } catch (DocumentException e) {
            dialogs.showError(Messages.get("error.recover.header"), e.getMessage());
        } catch (IOException e) {
            dialogs.showError(Messages.get("error.recover.header"), target + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    // ---- save ----

    /** 保存 (Ctrl+S): to the current file, or Save as when there is none. */
    public boolean save() {
        Path file = document.file();
        if (file == null) return saveAs();
        Edition e = document.edition();
        if (!write(e, file)) return false;
        document.saved(e, file);
        afterSave(e, file);
        return true;
    }

    /** 另存为…: asks where, then {@link #saveTo}. */
    public boolean saveAs() {
        Optional<Path> chosen = dialogs.chooseSave(folder(), suggestedName());
        return chosen.isPresent() && saveTo(withExtension(chosen.get()));
    }

    /**
     * Writes the edition to {@code target}, which becomes the document's
     * file; image paths are rewritten for its folder. The history stays.
     */
    public boolean saveTo(Path target) {
        Edition rebased = ImagePaths.rebase(document.edition(), document.file(), target);
        if (!write(rebased, target)) return false;
        boolean moved = !target.equals(document.file());
        document.saved(rebased, target);
        if (moved) {
            // the old file's recovery copy held these very changes, now saved
            Autosave old = autosave;
            autosave = new Autosave(autosaveTarget(target));
            old.close();
            discardQuietly(old);
            restartTimer();
        }
        afterSave(rebased, target);
        return true;
    }

    private boolean write(Edition e, Path file) {
        try {
            EditionFile.write(e, file);
            return true;
        } catch (IOException | RuntimeException ex) {
            String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            if (!message.contains(file.getFileName().toString())) message = file + ": " + message;
            dialogs.showError(Messages.get("error.save.header"), message);
            return false;
        }
    }

    private void afterSave(Edition e, Path file) {
        try {
            autosave.saved(e);
        } catch (IOException ex) {
            LOG.log(System.Logger.Level.WARNING, "a stale recovery copy could not be removed", ex);
            // a stale copy only means an offer to recover the same text
        }
        recent.add(file);
    }

    // ---- unsaved changes, close ----

    /**
     * Before the edition is replaced or the window closes: with unsaved
     * changes asks 保存 / 不保存 / 取消.
     * @return true when it is safe to go on
     */
    public boolean confirmUnsaved() {
        if (!isDirty()) return true;
        return switch (dialogs.askUnsaved(displayName())) {
            case SAVE -> save();
            case DISCARD -> {
                // the user threw the changes away: no offer to recover them later
                discardQuietly(autosave);
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /**
     * The window is closing: asks about unsaved changes; on true the autosave
     * timer has stopped and the recovery copy is gone, as everything was saved
     * or thrown away on purpose (a copy of changes later undone would only be
     * offered back at the next start).
     */
    public boolean close() {
        if (!confirmUnsaved()) return false;
        autosave.close();
        discardQuietly(autosave);
        return true;
    }

    /**
     * 关闭: asks about unsaved changes, then leaves an empty, untitled edition
     * in the window (which stays open); false when the user cancelled.
     */
    public boolean closeEdition() {
        if (!confirmUnsaved()) return false;
        replace(EditionDocument.emptyEdition(), null, null);
        return true;
    }

    /** Stops the autosave timer without asking anything (the recovery copy stays). */
    public void dispose() {
        autosave.close();
    }

    // ---- autosave ----

    /**
     * Starts writing the recovery copy every {@code every} while there are unsaved changes.
     * @param onFxThread how to get back to the UI thread to report a failure (Platform::runLater)
     */
    public void startAutosave(Duration every, Consumer<Runnable> onFxThread) {
        this.interval = every;
        this.fxThread = onFxThread;
        restartTimer();
    }

    /** Writes the recovery copy now if there are unsaved changes not yet copied; what the timer does. */
    public boolean autosaveNow() throws IOException {
        Edition e = unsaved;
        if (e == null) return false;
        if (document.file() == null) Files.createDirectories(settings);
        return autosave.saveIfChanged(e);
    }

    private void restartTimer() {
        if (interval == null) return;
        autosave.close();
        Autosave current = autosave;
        // a new file restarts the timer, so whether there is one is fixed for this timer (and not read off the FX thread)
        boolean untitled = document.file() == null;
        current.start(() -> {
            Edition e = unsaved;
            if (e != null && untitled) {
                try {
                    Files.createDirectories(settings);
                } catch (IOException ignored) {
                    LOG.log(System.Logger.Level.DEBUG, "the folder could not be created; the write reports it", ignored);
                    // the write below reports it
                }
            }
            return e;
        }, interval, ex -> fxThread.accept(() -> autosaveFailed(ex)));
    }

    private void autosaveFailed(IOException e) {
        if (autosaveFailureShown) return;
        autosaveFailureShown = true;
        dialogs.showError(Messages.get("error.autosave.header"), e.getMessage());
    }

    // ---- helpers ----

    /** Opens {@code edition} as it is in {@code file}; a recovered copy, when given, is shown over it as unsaved work. */
    private void replace(Edition edition, Path file, Edition recovered) {
        Autosave old = autosave;
        old.close();
        // the user was asked before: what the old copy held is saved or was thrown away
        discardQuietly(old);
        autosave = new Autosave(autosaveTarget(file));
        document.open(edition, file);
        if (recovered != null) document.setEdition(recovered);
        restartTimer();
    }

    private void updateUnsaved() {
        unsaved = document.isDirty() ? document.edition() : null;
    }

    private Path autosaveTarget(Path file) {
        return file != null ? file : UserFolders.untitled(settings);
    }

    private static void discardQuietly(Autosave a) {
        try {
            a.discard();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the recovery copy could not be removed", e);
            // an old copy left behind is offered once more, never lost work
        }
    }

    private Path folder() {
        Path f = document.file();
        if (f != null && f.toAbsolutePath().getParent() != null) return f.toAbsolutePath().getParent();
        return recent.files().isEmpty() ? null : recent.files().get(0).getParent();
    }

    /** The name a Save as offers: the current file's, else date-based like the PDFs. */
    private String suggestedName() {
        Path f = document.file();
        if (f != null) return f.getFileName().toString();
        Edition e = document.edition();
        return e.date() != null ? e.date().toString().replace("-", "") + ".json" : Messages.get("files.untitledFile");
    }

    /** How the unsaved-changes question names the edition. */
    public String displayName() {
        Path f = document.file();
        Edition e = document.edition();
        if (f != null) return f.getFileName().toString();
        return e.name().isBlank() ? Messages.get("window.untitled") : e.name();
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? p : p.resolveSibling(name + ".json");
    }
}
