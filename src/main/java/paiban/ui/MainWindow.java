package paiban.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import paiban.io.imports.ImportException;
import paiban.io.imports.ImportResult;
import paiban.io.imports.StoryImporter;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;
import paiban.ui.export.ExportDialog;
import paiban.ui.canvas.PageCanvasView;
import paiban.ui.panels.PagesPanel;
import paiban.ui.panels.PagesViewModel;
import paiban.ui.preflight.PreflightLight;
import paiban.ui.preflight.PreflightViewModel;
import paiban.font.FontLibrary;
import paiban.preflight.Preflight;
import paiban.ui.export.ExportViewModel;
import paiban.ui.files.DocumentFiles;
import paiban.ui.files.FxFileDialogs;
import paiban.ui.files.RecentFiles;
import paiban.ui.files.UserFolders;
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
    private static final System.Logger LOG = paiban.log.Log.of(MainWindow.class);
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
    /** The story editor, made on first use or once the window is usable ({@link #storyEditor}). */
    private StoryEditorView story;
    /** Where the story editor goes in the window; empty until it is made. */
    private final javafx.scene.layout.StackPane storySlot = new javafx.scene.layout.StackPane();
    /** Name of the paragraph style at the story editor's caret (null while there is no editor or no story). */
    private final javafx.beans.property.StringProperty caretStyle = new javafx.beans.property.SimpleStringProperty();
    private final PlaceActions place;
    private final BorderPane root = new BorderPane();
    private Stage stage;
    private final DocumentFiles files;
    private final PreflightLight preflightLight;
    private final Label pagesTitle = new Label();
    private final paiban.ui.export.ExportCloseGuard exportGuard =
            new paiban.ui.export.ExportCloseGuard(() -> paiban.ui.export.ExportCloseGuard.askWithDialog(stage));

    public MainWindow(EditionDocument document) {
        this(document, false);
    }

    /**
     * @param storyEditorLater true: the story editor (RichTextFX, some 2,000 classes and the largest part of the
     *        window's styling) is made only once the window is usable or when first used, not before the window
     *        shows (the editor's start, {@link PaibanApp#openWindow})
     */
    public MainWindow(EditionDocument document, boolean storyEditorLater) {
        this.document = document;
        this.undo = new UndoStack(document);
        this.files = new DocumentFiles(document, new FxFileDialogs(() -> stage),
                new RecentFiles(UserFolders.recentList(UserFolders.settings())), UserFolders.settings());
        this.canvasModel = new CanvasViewModel(document, undo);
        this.pagesModel = new PagesViewModel(document, canvasModel.pageIndexProperty(), undo);
        pagesModel.setConfirmDelete(question ->
                ConfirmDialog.confirm(stage, Messages.get("menu.page.delete"), question, Messages.get("page.delete.yes")));
        this.statusModel = new StatusViewModel(canvasModel);
        this.canvas = new PageCanvasView(canvasModel);
        this.pages = new PagesPanel(pagesModel);
        this.storyModel = new StoryEditorViewModel(document, canvasModel.text().typing(), canvasModel.selectedFrameIdProperty());
        storyModel.liveLayoutProperty().bind(canvasModel.liveLayoutProperty());
        // typing on the canvas: the story editor's caret goes along, so its style picker shows and restyles
        // the paragraph being typed in
        canvasModel.text().caretProperty().addListener((o, old, now) -> {
            if (now != null) canvasModel.text().story().ifPresent(s -> storyEditor().followCaret(s.id(), now.caret().paragraph(), now.caret().offset()));
        });
        this.propertiesModel = new PropertiesViewModel(canvasModel, caretStyle);
        this.properties = new PropertiesPanel(propertiesModel);
        properties.setPrefWidth(300);
        properties.getChildren().add(1, paiban.ui.styles.StylePanel.openButton(this::openStyles)); // 样式…
        properties.setMinWidth(240);
        caretStyle.addListener(o -> {
            if (story != null && story.area().isFocused()) properties.expandStyle();
        });
        canvas.canvas().focusedProperty().addListener((o, was, now) -> {
            if (now) properties.expandSelection();
        });
        this.place = new PlaceActions(canvasModel);

        pagesTitle.setText(Messages.get("pages.title"));
        pagesTitle.getStyleClass().add("panel-title");
        VBox left = new VBox(pagesTitle, pages);
        VBox.setVgrow(pages, Priority.ALWAYS);
        left.getStyleClass().add("side-panel");

        buildMenus();
        root.setLeft(left);
        storySlot.getStyleClass().add("story-editor");
        SplitPane centre = new SplitPane(canvas, storySlot);
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(storySlot, false);
        // modena's two fills (border, inner) make JavaFX cache the split pane's background and scale it over
        // the whole canvas every frame of a drag; one fill in the border colour looks the same (the items cover
        // the inside) and is filled directly
        centre.setStyle("-fx-background-color: -fx-box-border; -fx-background-insets: 0;");
        root.setCenter(centre);
        root.setRight(properties);
        // the light checks again once a burst of typing or dragging pauses, not on every step
        this.preflightModel = new PreflightViewModel(document, canvasModel, new Preflight(FontLibrary.shared()));
        this.preflightLight = new PreflightLight(preflightModel, document);
        root.setBottom(new StatusBar(statusModel, preflightLight, storyModel.copyfitProperty()));
        root.setStyle(UiFonts.rootStyle());
        document.openedProperty().addListener(o -> canvasModel.showPage(0));
        if (!storyEditorLater) storyEditor();
    }

    /** The story editor, made now when it is not there yet. */
    public StoryEditorView storyEditor() {
        if (story == null) {
            story = new StoryEditorView(storyModel);
            // working in the story editor opens the style of the paragraph at the caret
            story.area().focusedProperty().addListener((o, was, now) -> {
                if (now) properties.expandStyle();
            });
            caretStyle.bind(caretStyle(storyModel, story));
            storySlot.getChildren().setAll(story);
            StartupClock.afterUsable("story editor made");
        }
        return story;
    }

    /** Name of the paragraph style at the story editor's caret; null while the editor shows no story. */
    private static javafx.beans.binding.StringBinding caretStyle(StoryEditorViewModel model, StoryEditorView view) {
        return Bindings.createStringBinding(
                () -> model.story() == null || model.story().paragraphs().isEmpty() ? null
                        : model.styleAt(view.area().getCurrentParagraph()),
                model.storyProperty(), view.area().currentParagraphProperty());
    }

    private void buildMenus() {
        MainMenus menus = new MainMenus(this);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
    }

    /**
     * 视图 → 界面语言: the whole window speaks {@code locale} at once, and the
     * next start too. Only texts change: the document, its history and file,
     * the page, zoom, selection, tool and open story are the same objects as before.
     */
    public void switchLanguage(Locale locale) {
        try {
            InterfaceLanguage.save(UserFolders.settings(), locale);
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the interface language could not be remembered", e);
            // this session still switches; the next start asks again
        }
        if (locale.equals(Messages.current())) return;
        String oldHint = Messages.get("preflight.hint");
        Messages.use(locale);
        relabel(oldHint);
    }

    /** Gives every text of the window the current language: menus and tool bar anew, the rest relabelled in place. */
    private void relabel(String oldHint) {
        buildMenus();
        pagesTitle.setText(Messages.get("pages.title"));
        pages.relabel();
        properties.relabel();
        properties.lookupAll("#properties-styles").forEach(n -> ((javafx.scene.control.Button) n).setText(Messages.get("menu.text.styles")));
        if (story != null) story.relabel();
        storyModel.relabel();
        statusModel.relabel();
        preflightModel.refresh();
        PreflightListTexts.relabel(preflightLight.list(), oldHint);
        canvas.paint();
        if (stage != null) bindTitle(stage);
    }

    public EditionDocument document() { return document; }

    public CanvasViewModel canvasModel() { return canvasModel; }

    public UndoStack undoStack() { return undo; }

    public PagesViewModel pagesModel() { return pagesModel; }

    public PageCanvasView canvas() { return canvas; }

    public PagesPanel pages() { return pages; }

    public BorderPane root() { return root; }

    public PropertiesViewModel propertiesModel() { return propertiesModel; }

    public PropertiesPanel propertiesPanel() { return properties; }

    public StoryEditorViewModel storyModel() { return storyModel; }

    public PreflightViewModel preflightModel() { return preflightModel; }

    public PreflightLight preflightLight() { return preflightLight; }

    /** New, open, save, autosave and recovery of this window's document. */
    public DocumentFiles files() { return files; }

    /**
     * The export dialog (Ctrl+E) for the document as it is now, preflight
     * run; 指定版面 starts at the page on the canvas.
     */
    public ExportDialog openExport() {
        ExportViewModel vm = new ExportViewModel(document, preflightModel.preflight());
        vm.pageListProperty().set(String.valueOf(canvasModel.pageIndex() + 1));
        ExportDialog dialog = new ExportDialog(vm, stage, BackgroundWork.EXECUTOR);
        exportGuard.watch(vm);
        dialog.setOnFinding(preflightModel::select);
        dialog.show();
        return dialog;
    }

    /** 文字 → 样式…: the style panel in a window of its own (one at a time), on the same history. */
    public javafx.stage.Stage openStyles() {
        if (styles == null || !styles.isShowing()) {
            styles = paiban.ui.styles.StylePanel.open(stage, new paiban.ui.styles.StylePanelModel(document, undo), document);
        }
        styles.toFront();
        return styles;
    }

    private javafx.stage.Stage styles;

    /** 文件 → 发布数字报…: the digital edition of the document as it is now, written in the background. */
    public paiban.ui.publish.PublishDialog openPublish() {
        var dialog = new paiban.ui.publish.PublishDialog(new paiban.ui.publish.PublishViewModel(document), stage,
                BackgroundWork.EXECUTOR);
        dialog.show();
        return dialog;
    }

    /** 剪切 / 复制 / 粘贴 / 全选 for whatever has the focus in this window. */
    ClipboardCommands clipboardCommands() {
        return new ClipboardCommands(() -> root.getScene() == null ? null : root.getScene().getFocusOwner(),
                canvas.canvas(), canvasModel);
    }

    public PlaceActions placeActions() { return place; }

    /** Keeps an autosaved copy every {@code interval} while there are unsaved changes. */
    public void startAutosave(java.time.Duration interval) {
        files.startAutosave(interval, javafx.application.Platform::runLater);
    }

    /** Puts the window on {@code stage} and shows it. */
    public void show(Stage target) {
        this.stage = target;
        place.setOwner(target);
        target.setScene(scene(1280, 860));
        bindTitle(target);
        // closing asks about a running export, then about unsaved changes; Cancel keeps the window
        target.setOnCloseRequest(e -> {
            if (!exportGuard.allowClose(this::quit) || !files.close()) e.consume();
        });
        // a desk monitor gets the whole screen; a small screen the default size
        if (javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() >= 1600) target.setMaximized(true);
        target.show();
        canvas.canvas().requestFocus();
        afterFirstPaint(target.getScene(), this::windowUsable);
    }

    /**
     * The window is up with its page painted: what the designer does not need at the first look starts now,
     * in the background (preflight), so it never stands between the start and the first page.
     */
    private void windowUsable() {
        StartupClock.usable();
        preflightModel.refreshInBackground();
        FontLibrary.shared().releaseEmbeddingParses();
        paiban.render.fx.PhotoDecoding.release();
        javafx.application.Platform.runLater(this::storyEditor);
    }

    /** Runs {@code then} once the first pulse has laid out and painted the scene and the FX thread is free again. */
    private static void afterFirstPaint(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            StartupClock.mark("first pulse laid out");
            javafx.application.Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void bindTitle(Stage target) {
        target.titleProperty().bind(Bindings.createStringBinding(
                () -> WindowTitle.of(document.edition(), document.file(), document.isDirty()),
                document.editionProperty(), document.fileProperty(), document.dirtyProperty()));
    }

    /** Saves to the document's file, or asks for one; false when nothing was saved. */
    public boolean save() {
        return files.save();
    }

    public boolean saveAs() {
        return files.saveAs();
    }

    /** Writes the edition to {@code file} (atomic, with a backup), rebasing image paths to its folder. */
    public boolean saveTo(Path file) {
        return files.saveTo(file);
    }

    /** File → 置入文字…: choose a file, place it, show the report (see {@link PlaceActions}). */
    void choosePlaceText() {
        place.chooseAndPlaceText();
    }

    /** File → 置入图片…: choose a JPEG or PNG for the selected image frame or a new one. */
    void choosePlaceImage() {
        place.chooseAndPlaceImage();
    }

    /**
     * Imports a .txt or .docx file into the selected frame (see {@link PlaceActions}: the frame's story gets the
     * text, or a new story starts there; the headline goes into an empty headline frame above); says why when it cannot.
     */
    public boolean placeText(Path file) {
        try {
            place.placeText(file);
            return true;
        } catch (ImportException e) {
            ErrorDialog.show(stage, Messages.get("place.title"), Messages.get("place.failed"),
                    paiban.io.imports.ImportReportTexts.of(Messages.current()).message(e));
            return false;
        } catch (RuntimeException e) {
            ErrorDialog.show(stage, Messages.get("place.title"), Messages.get("place.failed"),
                    e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }

    /** Preflight, then the export dialog, then the export in the background. */
    public void export() {
        if (!document.edition().pages().isEmpty()) openExport();
    }

    /**
     * Asks what to do with unsaved changes before they would be lost: save,
     * discard or cancel. True when it is fine to go on.
     */
    public boolean confirmDiscard() {
        return files.confirmUnsaved();
    }

    /** The window's scene with its style sheet, also usable off screen (screenshots). */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        var css = MainWindow.class.getResource("paiban.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        return scene;
    }

    /** Opens another edition file (asking about unsaved changes); a file that cannot be read leaves the current one and says why. */
    public boolean open(Path file) {
        return files.open(file);
    }

    /** The window's stage, null before it is shown. */
    Stage stage() { return stage; }

    public void showError(String message) {
        ErrorDialog.show(stage, Messages.get("error.open.title"), Messages.get("error.open.header"), message);
    }

    /** Closes the window after asking about a running export and unsaved changes. */
    void quit() {
        if (stage != null && exportGuard.allowClose(this::quit) && files.close()) stage.close();
    }

    void chooseAndOpen() {
        files.open();
    }
}
