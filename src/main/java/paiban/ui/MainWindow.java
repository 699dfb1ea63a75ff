package paiban.ui;

import java.io.File;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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
import paiban.model.Edition;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;
import paiban.ui.canvas.PageCanvasView;
import paiban.ui.canvas.Tool;
import paiban.ui.panels.PagesPanel;
import paiban.ui.panels.PagesViewModel;
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
    private final StoryEditorView storyEditor;
    private final PlaceActions place;
    private final BorderPane root = new BorderPane();
    private Stage stage;

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
        this.storyEditor = new StoryEditorView(storyModel);
        this.place = new PlaceActions(canvasModel);

        Label pagesTitle = new Label(Messages.get("pages.title"));
        pagesTitle.getStyleClass().add("panel-title");
        VBox left = new VBox(pagesTitle, pages);
        VBox.setVgrow(pages, Priority.ALWAYS);
        left.getStyleClass().add("side-panel");

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setLeft(left);
        root.setCenter(canvas);
        root.setRight(StoryMenu.besideProperties(properties, storyEditor));
        root.setBottom(new StatusBar(statusModel));
        root.setStyle(UiFonts.rootStyle());
        document.fileProperty().addListener(o -> canvasModel.showPage(0));
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

    public StoryEditorView storyEditor() { return storyEditor; }

    public PlaceActions placeActions() { return place; }

    /** Puts the window on {@code stage} and shows it. */
    public void show(Stage target) {
        this.stage = target;
        place.setOwner(target);
        Scene scene = new Scene(root, 1280, 860);
        var css = MainWindow.class.getResource("paiban.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        target.setScene(scene);
        target.titleProperty().bind(Bindings.createStringBinding(
                () -> WindowTitle.of(document.edition(), document.file()),
                document.editionProperty(), document.fileProperty()));
        target.show();
        canvas.canvas().requestFocus();
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
        quit.setOnAction(e -> { if (stage != null) stage.close(); });
        Menu file = new Menu(Messages.get("menu.file"), null, open, new SeparatorMenuItem(), quit);

        MenuItem undoItem = item("menu.edit.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undoItem.setOnAction(e -> undo.undo());
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        MenuItem redoItem = item("menu.edit.redo",
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redoItem.setOnAction(e -> undo.redo());
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        MenuItem delete = new MenuItem(Messages.get("menu.edit.delete"));
        delete.setOnAction(e -> canvasModel.deleteSelected());
        delete.disableProperty().bind(canvasModel.selectedFrameIdProperty().isEmpty());
        Menu edit = new Menu(Messages.get("menu.edit"), null, undoItem, redoItem, new SeparatorMenuItem(), delete);

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
        return new MenuBar(file, edit, view, StoryMenu.menu(canvasModel, place));
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
                StoryMenu.threadHint(canvasModel));
        return bar;
    }

    private static void selectTool(ToggleGroup group, Tool tool) {
        for (var t : group.getToggles()) if (t.getUserData() == tool) t.setSelected(true);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("open.filter"), "*.json"));
        Path current = document.file();
        if (current != null && current.getParent() != null) chooser.setInitialDirectory(current.getParent().toFile());
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) open(chosen.toPath());
    }
}
