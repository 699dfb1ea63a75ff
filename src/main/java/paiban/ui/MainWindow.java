package paiban.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import paiban.io.DocumentException;
import paiban.io.EditionFile;
import paiban.io.imports.ImportException;
import paiban.io.imports.ImportResult;
import paiban.io.imports.StoryImporter;
import paiban.model.Edition;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;
import paiban.ui.export.ExportDialog;
import paiban.ui.export.ExportJob;
import paiban.ui.canvas.PageCanvasView;
import paiban.ui.canvas.Tool;
import paiban.ui.panels.PagesPanel;
import paiban.ui.panels.PagesViewModel;
import paiban.ui.panels.PreflightViewModel;
import paiban.ui.panels.PropertiesPanel;
import paiban.ui.panels.PropertiesViewModel;
import paiban.ui.panels.StatusBar;
import paiban.ui.panels.StatusViewModel;
import paiban.ui.story.PlaceActions;
import paiban.ui.story.StoryEditorView;
import paiban.ui.story.StoryEditorViewModel;

/**
 * The editor's main window: menus and tools on top, the pages panel on the
 * left, the page canvas in the middle, the status bar below. It wires views
 * to their view models; all state lives in the document and the models.
 */
public final class MainWindow {
    private final EditionDocument document;
    private final UndoStack undo;
    private final CanvasViewModel canvasModel;
    private final PagesViewModel pagesModel;
    private final StatusViewModel statusModel;
    private final PageCanvasView canvas;
    private final PagesPanel pages;
    private final PropertiesViewModel propertiesModel;
    private final PropertiesPanel properties;
    private final StoryEditorViewModel storyModel;
    private final PreflightViewModel preflightModel;
    private final StoryEditorView story;
    private final PlaceActions place;
    private final BorderPane root = new BorderPane();
    private Stage stage;
    private AutosaveController autosave;

    public MainWindow(EditionDocument document) {
        this.document = document;
        this.undo = new UndoStack(document);
        this.canvasModel = new CanvasViewModel(document, undo);
        this.pagesModel = new PagesViewModel(document, canvasModel.pageIndexProperty(), undo);
        this.statusModel = new StatusViewModel(canvasModel);
        this.canvas = new PageCanvasView(canvasModel);
        this.pages = new PagesPanel(pagesModel);
        this.propertiesModel = new PropertiesViewModel(canvasModel);
        this.properties = new PropertiesPanel(propertiesModel);
        properties.setPrefWidth(300);
        properties.setMinWidth(240);
        this.storyModel = new StoryEditorViewModel(document, undo, canvasModel.selectedFrameIdProperty());
        this.story = new StoryEditorView(storyModel);
        this.place = new PlaceActions(canvasModel);

        Label pagesTitle = new Label(Messages.get("pages.title"));
        pagesTitle.getStyleClass().add("panel-title");
        VBox left = new VBox(pagesTitle, pages);
        VBox.setVgrow(pages, Priority.ALWAYS);
        left.getStyleClass().add("side-panel");

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setLeft(left);
        SplitPane centre = new SplitPane(canvas, story);
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(story, false);
        root.setCenter(centre);
        root.setRight(properties);
        this.preflightModel = new PreflightViewModel(canvasModel);
        root.setBottom(new StatusBar(statusModel, preflightModel, storyModel.copyfitProperty()));
        root.setStyle(UiFonts.rootStyle());
        document.openedProperty().addListener(o -> canvasModel.showPage(0));
    }

    public EditionDocument document() { return document; }

    public CanvasViewModel canvasModel() { return canvasModel; }

    public UndoStack undoStack() { return undo; }

    public PagesViewModel pagesModel() { return pagesModel; }

    public PageCanvasView canvas() { return canvas; }

    public PagesPanel pages() { return pages; }

    public BorderPane root() { return root; }

    public PropertiesViewModel propertiesModel() { return propertiesModel; }

    public StoryEditorViewModel storyModel() { return storyModel; }

    public PreflightViewModel preflightModel() { return preflightModel; }

    public StoryEditorView storyEditor() { return story; }

    public PlaceActions placeActions() { return place; }

    /** Keeps an autosaved copy every {@code interval} while there are unsaved changes. */
    public void startAutosave(java.time.Duration interval) {
        if (autosave == null) {
            autosave = new AutosaveController(document, interval,
                    message -> ErrorDialog.show(stage, Messages.get("autosave.title"), Messages.get("autosave.failed"), message));
        }
    }

    /** Puts the window on {@code stage} and shows it. */
    public void show(Stage target) {
        this.stage = target;
        place.setOwner(target);
        target.setScene(scene(1280, 860));
        target.titleProperty().bind(Bindings.createStringBinding(
                () -> WindowTitle.of(document.edition(), document.file(), document.isDirty()),
                document.editionProperty(), document.fileProperty(), document.dirtyProperty()));
        target.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume();
            else if (autosave != null) autosave.close();
        });
        target.show();
        canvas.canvas().requestFocus();
    }

    /** Saves to the document's file, or asks for one; false when nothing was saved. */
    public boolean save() {
        return document.file() == null ? saveAs() : saveTo(document.file());
    }

    public boolean saveAs() {
        FileChooser chooser = chooser();
        if (document.file() != null) chooser.setInitialFileName(document.file().getFileName().toString());
        File chosen = chooser.showSaveDialog(stage);
        return chosen != null && saveTo(chosen.toPath());
    }

    /** Writes the edition to {@code file} (atomic, with a backup), rebasing image paths to its folder. */
    public boolean saveTo(Path file) {
        Edition toWrite = ImagePaths.rebase(document.edition(), document.file(), file);
        try {
            EditionFile.write(toWrite, file);
        } catch (IOException | RuntimeException ex) {
            ErrorDialog.show(stage, Messages.get("error.save.title"), Messages.get("error.save.header"),
                    ex.getMessage() == null ? ex.toString() : ex.getMessage());
            return false;
        }
        document.saved(toWrite, file);
        if (autosave != null) autosave.saved();
        return true;
    }

    /**
     * Imports a .txt or .docx file into the selected frame (see {@link PlaceActions}: the frame's story gets the
     * text, or a new story starts there; the headline goes into an empty headline frame above); says why when it cannot.
     */
    public boolean placeText(Path file) {
        try {
            place.placeText(file);
            return true;
        } catch (ImportException | RuntimeException e) {
            ErrorDialog.show(stage, Messages.get("place.title"), Messages.get("place.failed"),
                    e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }

    /** Preflight, then the export dialog, then the export in the background. */
    public void export() {
        if (document.edition().pages().isEmpty()) return;
        preflightModel.refresh();
        if (!ExportDialog.confirmDespite(stage, preflightModel.findings())) return;
        Path base = document.file() == null ? Path.of("").toAbsolutePath() : document.file().toAbsolutePath().getParent();
        ExportJob job = ExportDialog.ask(stage, base.resolve("pdf"), canvasModel.pageIndex());
        if (job != null) ExportDialog.run(stage, job, document.edition(), document.layout().pages());
    }

    /**
     * Asks what to do with unsaved changes before they would be lost: save,
     * discard or cancel. True when it is fine to go on.
     */
    public boolean confirmDiscard() {
        if (!document.isDirty()) return true;
        ButtonType save = new ButtonType(Messages.get("confirm.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("confirm.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("confirm.unsaved",
                WindowTitle.of(document.edition(), document.file())), save, discard, cancel);
        if (stage != null) alert.initOwner(stage);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(null);
        alert.getDialogPane().setStyle(UiFonts.rootStyle());
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) return save();
        if (answer == discard && autosave != null) autosave.discard();
        return answer == discard;
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("open.filter"), "*.json"));
        Path current = document.file();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    /** The window's scene with its style sheet, also usable off screen (screenshots). */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        var css = MainWindow.class.getResource("paiban.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        return scene;
    }

    /** Opens another edition file; a file that cannot be read leaves the current one and says why. */
    public boolean open(Path file) {
        try {
            Edition e = EditionLoader.read(file);
            document.open(e, file);
            return true;
        } catch (DocumentException ex) {
            showError(ex.getMessage());
            return false;
        }
    }

    public void showError(String message) {
        ErrorDialog.show(stage, Messages.get("error.open.title"), Messages.get("error.open.header"), message);
    }

    private MenuBar menuBar() {
        MenuItem open = item("menu.file.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> { if (stage != null && confirmDiscard()) stage.close(); });
        MenuItem saveItem = item("menu.file.save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        saveItem.setOnAction(e -> save());
        MenuItem saveAs = item("menu.file.saveAs",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> saveAs());
        MenuItem export = item("menu.file.export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> export());
        MenuItem placeText = item("menu.file.place", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        placeText.setOnAction(e -> place.chooseAndPlaceText());
        placeText.disableProperty().bind(canvasModel.selectedFrameIdProperty().isEmpty());
        MenuItem placeImage = item("menu.story.placeImage",
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        placeImage.setOnAction(e -> place.chooseAndPlaceImage());
        Menu file = new Menu(Messages.get("menu.file"), null, open, saveItem, saveAs, new SeparatorMenuItem(), placeText,
                placeImage, export,
                new SeparatorMenuItem(), quit);

        MenuItem undoItem = item("menu.edit.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undoItem.setOnAction(e -> undo.undo());
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        MenuItem redoItem = item("menu.edit.redo",
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redoItem.setOnAction(e -> undo.redo());
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        MenuItem delete = new MenuItem(Messages.get("menu.edit.delete"));
        delete.setOnAction(e -> canvasModel.edits().deleteSelected());
        delete.disableProperty().bind(canvasModel.selectedFrameIdProperty().isEmpty());
        MenuItem unthread = new MenuItem(Messages.get("menu.edit.unthread"));
        unthread.setOnAction(e -> canvasModel.edits().unthreadSelected());
        unthread.disableProperty().bind(canvasModel.selectedFrameIdProperty().isEmpty());
        MenuItem forward = item("menu.edit.forward", new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN));
        forward.setOnAction(e -> canvasModel.edits().restack(1));
        MenuItem back = item("menu.edit.back", new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN));
        back.setOnAction(e -> canvasModel.edits().restack(-1));
        MenuItem lock = item("menu.edit.lock", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        lock.setOnAction(e -> canvasModel.edits().toggleLock());
        for (MenuItem m : new MenuItem[] {forward, back, lock}) {
            m.disableProperty().bind(canvasModel.selectedFrameIdProperty().isEmpty());
        }
        Menu edit = new Menu(Messages.get("menu.edit"), null, undoItem, redoItem, new SeparatorMenuItem(), delete,
                unthread, new SeparatorMenuItem(), forward, back, lock);
        MenuItem addPage = new MenuItem(Messages.get("menu.page.add"));
        addPage.setOnAction(e -> pagesModel.addPageAfterCurrent());
        MenuItem deletePage = new MenuItem(Messages.get("menu.page.delete"));
        deletePage.setOnAction(e -> pagesModel.deleteCurrent());
        Menu pageMenu = new Menu(Messages.get("menu.page"), null, addPage, deletePage);

        MenuItem zoomIn = item("menu.view.zoomIn", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> canvas.zoomStep(true));
        MenuItem zoomOut = item("menu.view.zoomOut", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> canvas.zoomStep(false));
        MenuItem fit = item("menu.view.fit", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fit.setOnAction(e -> canvas.fitPage());
        MenuItem actual = item("menu.view.actual", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        actual.setOnAction(e -> canvas.zoomAround(1.0, canvas.canvas().getWidth() / 2, canvas.canvas().getHeight() / 2));
        CheckMenuItem guides = new CheckMenuItem(Messages.get("menu.view.guides"));
        guides.selectedProperty().bindBidirectional(canvasModel.showGuidesProperty());
        CheckMenuItem grid = new CheckMenuItem(Messages.get("menu.view.grid"));
        grid.setAccelerator(new KeyCodeCombination(KeyCode.QUOTE, KeyCombination.SHORTCUT_DOWN));
        grid.selectedProperty().bindBidirectional(canvasModel.showGridProperty());
        MenuItem next = item("menu.view.nextPage", new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN));
        next.setOnAction(e -> canvasModel.showPage(canvasModel.pageIndex() + 1));
        MenuItem previous = item("menu.view.previousPage", new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN));
        previous.setOnAction(e -> canvasModel.showPage(canvasModel.pageIndex() - 1));
        Menu view = new Menu(Messages.get("menu.view"), null, zoomIn, zoomOut, fit, actual, new SeparatorMenuItem(),
                guides, grid, new SeparatorMenuItem(), previous, next);
        return new MenuBar(file, edit, view, pageMenu);
    }

    private static MenuItem item(String key, KeyCombination accelerator) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setAccelerator(accelerator);
        return item;
    }

    private ToolBar toolBar() {
        Button zoomOut = new Button(Messages.get("tool.zoomOut"));
        zoomOut.setId("zoom-out");
        zoomOut.setOnAction(e -> canvas.zoomStep(false));
        Button zoomIn = new Button(Messages.get("tool.zoomIn"));
        zoomIn.setId("zoom-in");
        zoomIn.setOnAction(e -> canvas.zoomStep(true));
        Button fit = new Button(Messages.get("tool.fit"));
        fit.setId("zoom-fit");
        fit.setOnAction(e -> canvas.fitPage());
        ToggleButton guides = new ToggleButton(Messages.get("tool.guides"));
        guides.setId("toggle-guides");
        guides.selectedProperty().bindBidirectional(canvasModel.showGuidesProperty());
        ToggleButton grid = new ToggleButton(Messages.get("tool.grid"));
        grid.setId("toggle-grid");
        grid.selectedProperty().bindBidirectional(canvasModel.showGridProperty());
        for (var b : new javafx.scene.control.Control[] {zoomOut, zoomIn, fit, guides, grid}) b.setFocusTraversable(false);
        ToolBar bar = new ToolBar();
        ToggleGroup tools = new ToggleGroup();
        for (Tool t : Tool.values()) {
            ToggleButton b = new ToggleButton(Messages.get("tool." + t.name().toLowerCase(java.util.Locale.ROOT)));
            b.setId("tool-" + t.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(t);
            b.setToggleGroup(tools);
            b.setFocusTraversable(false);
            b.setTooltip(new javafx.scene.control.Tooltip(b.getText() + " (" + t.key().getName() + ")"));
            bar.getItems().add(b);
        }
        // the group follows the model and the model the group; a click on the pressed tool keeps it
        tools.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) old.setSelected(true);
            else canvasModel.toolProperty().set((Tool) now.getUserData());
        });
        canvasModel.toolProperty().addListener((o, old, now) -> selectTool(tools, now));
        selectTool(tools, canvasModel.toolProperty().get());
        bar.getItems().addAll(new Separator(), zoomOut, zoomIn, fit, new Separator(), guides, grid,
                ThreadHint.threadHint(canvasModel));
        return bar;
    }

    private static void selectTool(ToggleGroup group, Tool tool) {
        for (var t : group.getToggles()) if (t.getUserData() == tool) t.setSelected(true);
    }

    private void chooseAndOpen() {
        if (!confirmDiscard()) return;
        File chosen = chooser().showOpenDialog(stage);
        if (chosen != null) open(chosen.toPath());
    }
}
