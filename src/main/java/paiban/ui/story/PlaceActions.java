package paiban.ui.story;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import paiban.io.imports.ImportException;
import paiban.io.imports.ImportResult;
import paiban.io.imports.StoryImporter;
import paiban.model.Page;
import paiban.model.story.FrameRef;
import paiban.ui.EditionDocument;
import paiban.ui.ErrorDialog;
import paiban.ui.Messages;
import paiban.ui.UiFonts;
import paiban.ui.canvas.CanvasViewModel;

/**
 * The 置入 actions: choose a .txt/.docx or a JPEG/PNG, place it into the
 * selected frame as one undoable change, and say what was done (the
 * import report) or, for a file that cannot be read, why not.
 */
public final class PlaceActions {
    private static final System.Logger LOG = paiban.log.Log.of(PlaceActions.class);
    private final CanvasViewModel canvas;
    private Window owner;

    public PlaceActions(CanvasViewModel canvas) {
        this.canvas = canvas;
    }

    public void setOwner(Window owner) { this.owner = owner; }

    /** Asks for a text file and places it into the selected text frame. */
    public void chooseAndPlaceText() {
        Optional<FrameRef> target = selectedFrame();
        if (target.isEmpty()) {
            error(Messages.get("place.noFrame"));
            return;
        }
        FileChooser chooser = chooser("place.text.filter", "*.txt", "*.docx");
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) return;
        try {
            report(placeText(chosen.toPath()));
        } catch (ImportException e) {
            error(paiban.io.imports.ImportReportTexts.of(Messages.current()).message(e));
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        }
    }

    /** Asks for a picture and places it into the selected image frame, or a new one. */
    public void chooseAndPlaceImage() {
        if (canvas.currentPage().isEmpty()) return;
        FileChooser chooser = chooser("place.image.filter", "*.jpg", "*.jpeg", "*.png");
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) return;
        try {
            placeImage(chosen.toPath());
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        }
    }

    /**
     * Imports {@code file} into the selected text frame.
     *
     * @throws ImportException when the file cannot be read as copy
     * @throws IllegalArgumentException when no text frame is selected
     */
    public Placement placeText(Path file) throws ImportException {
        FrameRef target = selectedFrame().orElseThrow(() -> new IllegalArgumentException(Messages.get("place.noFrame")));
        ImportResult imported = StoryImporter.importFile(file);
        Placement p = PlaceText.place(canvas.document().edition(), target, imported);
        apply(p);
        return p;
    }

    /** Places the picture at {@code file} into the selected image frame or a new one, with its caption frame. */
    public Placement placeImage(Path file) {
        Page page = canvas.currentPage().orElseThrow(() -> new IllegalArgumentException(Messages.get("place.noFrame")));
        int[] size = pixelSize(file);
        Placement p = PlaceImage.place(canvas.document().edition(), page.id(), canvas.selectedFrameIdProperty().get(),
                storedPath(canvas.document(), file), size[0], size[1]);
        apply(p);
        return p;
    }

    private void apply(Placement p) {
        canvas.undoStack().apply(p.change());
        canvas.selectedFrameIdProperty().set(p.selectFrameId());
    }

    private Optional<FrameRef> selectedFrame() {
        String id = canvas.selectedFrameIdProperty().get();
        return canvas.currentPage().filter(p -> id != null && !id.isEmpty()).map(p -> new FrameRef(p.id(), id));
    }

    /** Image paths are stored relative to the edition file, so the folder can move as a whole. */
    public static String storedPath(EditionDocument document, Path image) {
        Path abs = image.toAbsolutePath().normalize();
        Path file = document.file();
        Path dir = file == null ? null : file.toAbsolutePath().normalize().getParent();
        if (dir != null && abs.getRoot() != null && abs.getRoot().equals(dir.getRoot())) {
            return dir.relativize(abs).toString().replace(File.separatorChar, '/');
        }
        return abs.toString();
    }

    /** Width and height in pixels from the file's header; {0, 0} when it cannot be read (the frame gets 3:2). */
    static int[] pixelSize(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return new int[] {0, 0};
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return new int[] {0, 0};
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "image size unreadable: " + file, e);
            return new int[] {0, 0};
        }
    }

    private FileChooser chooser(String filterKey, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), patterns));
        Path current = canvas.document().file();
        if (current != null && current.toAbsolutePath().getParent() != null)
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        return chooser;
    }

    private void report(Placement p) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", paiban.ui.ErrorDialog.okButton());
        if (owner != null) alert.initOwner(owner);
        alert.setTitle(Messages.get("place.report.title"));
        alert.setHeaderText(p.notes().isEmpty() ? "" : p.notes().get(0));
        TextArea text = new TextArea(String.join("\n", p.notes().subList(Math.min(1, p.notes().size()), p.notes().size())));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(10);
        text.setId("place-report");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setStyle(UiFonts.rootStyle());
        alert.show();
    }

    private void error(String message) {
        ErrorDialog.show(owner, Messages.get("place.title"), Messages.get("place.failed"), message);
    }
}
