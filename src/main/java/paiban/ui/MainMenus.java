package paiban.ui;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import paiban.ui.canvas.Tool;

/** The main window's menus and tool bar, with the shortcuts of common DTP tools. */
final class MainMenus {
    private final MainWindow w;

    MainMenus(MainWindow window) {
        this.w = window;
    }

    MenuBar menuBar() {
        MenuItem quit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> w.quit());
        MenuItem export = item("menu.file.export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> w.export());
        export.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> w.document().edition().pages().isEmpty(), w.document().editionProperty()));
        MenuItem publish = item("menu.file.publish", null);
        publish.setId("menu-publish");
        publish.setOnAction(e -> w.openPublish());
        publish.disableProperty().bind(export.disableProperty());
        MenuItem place = item("menu.file.place", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        place.setOnAction(e -> w.choosePlaceText());
        place.disableProperty().bind(w.canvasModel().selectedFrameIdProperty().isEmpty());
        MenuItem placeImage = item("menu.story.placeImage",
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        placeImage.setOnAction(e -> w.choosePlaceImage());
        // 新建, 打开, 最近打开, 保存, 另存为 come from the files package
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(paiban.ui.files.FilesMenu.items(w.files()));
        file.getItems().addAll(new SeparatorMenuItem(), place, placeImage, export, publish, new SeparatorMenuItem(), quit);

        MenuItem undoItem = item("menu.edit.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undoItem.setOnAction(e -> w.undoStack().undo());
        undoItem.disableProperty().bind(w.undoStack().canUndoProperty().not());
        MenuItem redoItem = item("menu.edit.redo",
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redoItem.setOnAction(e -> w.undoStack().redo());
        redoItem.disableProperty().bind(w.undoStack().canRedoProperty().not());
        MenuItem delete = new MenuItem(Messages.get("menu.edit.delete"));
        delete.setOnAction(e -> w.canvasModel().edits().deleteSelected());
        delete.disableProperty().bind(w.canvasModel().selectedFrameIdProperty().isEmpty());
        MenuItem unthread = new MenuItem(Messages.get("menu.edit.unthread"));
        unthread.setOnAction(e -> w.canvasModel().edits().unthreadSelected());
        unthread.disableProperty().bind(w.canvasModel().selectedFrameIdProperty().isEmpty());
        MenuItem forward = item("menu.edit.forward", new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHORTCUT_DOWN));
        forward.setOnAction(e -> w.canvasModel().edits().restack(1));
        MenuItem back = item("menu.edit.back", new KeyCodeCombination(KeyCode.OPEN_BRACKET, KeyCombination.SHORTCUT_DOWN));
        back.setOnAction(e -> w.canvasModel().edits().restack(-1));
        MenuItem lock = item("menu.edit.lock", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        lock.setOnAction(e -> w.canvasModel().edits().toggleLock());
        for (MenuItem m : new MenuItem[] {forward, back, lock}) {
            m.disableProperty().bind(w.canvasModel().selectedFrameIdProperty().isEmpty());
        }
        var selectedIds = w.canvasModel().selectedFrameIdsProperty();
        MenuItem group = item("menu.edit.group", new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
        group.setOnAction(e -> w.canvasModel().edits().groupSelected());
        group.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selectedIds.get().size() < 2, selectedIds));
        MenuItem ungroup = item("menu.edit.ungroup",
                new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        ungroup.setOnAction(e -> w.canvasModel().edits().ungroupSelected());
        ungroup.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !w.canvasModel().edits().selectionHasGroup(), selectedIds, w.document().editionProperty()));
        ClipboardCommands clip = w.clipboardCommands();
        MenuItem cut = item("menu.edit.cut", new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN));
        cut.setOnAction(e -> clip.cut());
        MenuItem copy = item("menu.edit.copy", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> clip.copy());
        MenuItem paste = item("menu.edit.paste", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        paste.setOnAction(e -> clip.paste());
        MenuItem selectAll = item("menu.edit.selectAll", new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        selectAll.setOnAction(e -> clip.selectAll());
        cut.setId("menu-edit-cut");
        copy.setId("menu-edit-copy");
        paste.setId("menu-edit-paste");
        selectAll.setId("menu-edit-selectAll");
        Menu edit = new Menu(Messages.get("menu.edit"), null, undoItem, redoItem, new SeparatorMenuItem(),
                cut, copy, paste, selectAll, new SeparatorMenuItem(), delete,
                unthread, new SeparatorMenuItem(), forward, back, lock, new SeparatorMenuItem(), group, ungroup);
        // greyed while the menu is open when the focused control cannot do it; enabled again after, so the
        // accelerators stay live for whatever has the focus next
        edit.setOnShowing(e -> {
            ClipboardCommands.Target t = clip.target();
            cut.setDisable(t.cut() == null);
            copy.setDisable(t.copy() == null);
            paste.setDisable(t.paste() == null);
            selectAll.setDisable(t.selectAll() == null);
        });
        edit.setOnHidden(e -> {
            for (MenuItem m : new MenuItem[] {cut, copy, paste, selectAll}) m.setDisable(false);
        });
        MenuItem addPage = new MenuItem(Messages.get("menu.page.add"));
        addPage.setOnAction(e -> w.pagesModel().addPageAfterCurrent());
        MenuItem deletePage = new MenuItem(Messages.get("menu.page.delete"));
        deletePage.setId("menu-page-delete");
        deletePage.setOnAction(e -> w.pagesModel().deleteCurrent());
        Menu pageMenu = new Menu(Messages.get("menu.page"), null, addPage, deletePage);

        MenuItem zoomIn = item("menu.view.zoomIn", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> w.canvas().zoomStep(true));
        MenuItem zoomOut = item("menu.view.zoomOut", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> w.canvas().zoomStep(false));
        MenuItem fit = item("menu.view.fit", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fit.setOnAction(e -> w.canvas().fitPage());
        MenuItem actual = item("menu.view.actual", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        actual.setOnAction(e -> w.canvas().zoomAround(1.0, w.canvas().canvas().getWidth() / 2, w.canvas().canvas().getHeight() / 2));
        CheckMenuItem guides = new CheckMenuItem(Messages.get("menu.view.guides"));
        guides.selectedProperty().bindBidirectional(w.canvasModel().showGuidesProperty());
        CheckMenuItem grid = new CheckMenuItem(Messages.get("menu.view.grid"));
        grid.setAccelerator(new KeyCodeCombination(KeyCode.QUOTE, KeyCombination.SHORTCUT_DOWN));
        grid.selectedProperty().bindBidirectional(w.canvasModel().showGridProperty());
        MenuItem next = item("menu.view.nextPage", new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN));
        next.setOnAction(e -> w.canvasModel().showPage(w.canvasModel().pageIndex() + 1));
        MenuItem previous = item("menu.view.previousPage", new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN));
        previous.setOnAction(e -> w.canvasModel().showPage(w.canvasModel().pageIndex() - 1));
        Menu view = new Menu(Messages.get("menu.view"), null, zoomIn, zoomOut, fit, actual, new SeparatorMenuItem(),
                guides, grid, new SeparatorMenuItem(), previous, next, new SeparatorMenuItem(), languageMenu());
        MenuItem logFolder = new MenuItem(Messages.get("menu.help.logFolder"));
        logFolder.setId("menu-help-logFolder");
        logFolder.setOnAction(e -> LogFolder.open());
        // style panel: 文字 → 样式…
        MenuItem styles = new MenuItem(Messages.get("menu.text.styles"));
        styles.setId("menu-text-styles");
        styles.setOnAction(e -> w.openStyles());
        Menu text = new Menu(Messages.get("menu.text"), null, styles);
        Menu help = new Menu(Messages.get("menu.help"), null, logFolder);
        help.setId("menu-help");
        return new MenuBar(file, edit, arrangeMenu(), view, pageMenu, text, help);
    }

    /** 界面语言 → 中文 / English, each named in its own language. */
    private Menu languageMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(Messages.get("menu.view.language"));
        menu.setId("menu-language");
        for (var lang : new java.util.Locale[] {InterfaceLanguage.CHINESE, InterfaceLanguage.ENGLISH}) {
            String code = lang.getLanguage();
            RadioMenuItem it = new RadioMenuItem(Messages.get("menu.view.language." + code));
            it.setId("menu-language-" + code);
            it.setToggleGroup(group);
            it.setSelected(Messages.current().equals(lang));
            // the menus are built anew in the new language, so this item's own state needs no care afterwards
            it.setOnAction(e -> w.switchLanguage(lang));
            menu.getItems().add(it);
        }
        return menu;
    }

    /** 排列: align and distribute the selected frames, and fit a story's last frame to its text. */
    private Menu arrangeMenu() {
        Menu menu = new Menu(Messages.get("menu.arrange"));
        menu.setId("menu-arrange");
        for (var edge : paiban.edit.FrameAlignment.Edge.values()) {
            MenuItem it = new MenuItem(Messages.get("menu.arrange." + edge.name().toLowerCase(java.util.Locale.ROOT)));
            it.setId("menu-align-" + edge.name().toLowerCase(java.util.Locale.ROOT));
            it.setOnAction(e -> w.canvasModel().edits().alignSelected(edge));
            menu.getItems().add(it);
            if (edge == paiban.edit.FrameAlignment.Edge.RIGHT) menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem across = new MenuItem(Messages.get("menu.arrange.distributeH"));
        across.setId("menu-distribute-h");
        across.setOnAction(e -> w.canvasModel().edits().distributeSelected(true));
        MenuItem down = new MenuItem(Messages.get("menu.arrange.distributeV"));
        down.setId("menu-distribute-v");
        down.setOnAction(e -> w.canvasModel().edits().distributeSelected(false));
        MenuItem fitFrame = item("menu.arrange.fitFrame",
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        fitFrame.setId("menu-fit-frame");
        fitFrame.setOnAction(e -> {
            String why = w.canvasModel().edits().fitFrameToText();
            if (!why.isEmpty()) ErrorDialog.show(w.stage(), Messages.get("menu.arrange"), Messages.get("menu.arrange.fitFrame"), why);
        });
        menu.getItems().addAll(new SeparatorMenuItem(), across, down, new SeparatorMenuItem(), fitFrame);
        return menu;
    }

    /** Small buttons lining the selected frames up, as the 排列 menu does. */
    private List<Button> alignButtons() {
        List<Button> out = new java.util.ArrayList<>();
        for (var edge : paiban.edit.FrameAlignment.Edge.values()) {
            String name = edge.name().toLowerCase(java.util.Locale.ROOT);
            Button b = new Button(Messages.get("tool.align." + name));
            b.setId("align-" + name);
            b.setFocusTraversable(false);
            b.setTooltip(new javafx.scene.control.Tooltip(Messages.get("menu.arrange." + name)));
            b.setOnAction(e -> w.canvasModel().edits().alignSelected(edge));
            out.add(b);
        }
        return out;
    }

    private static MenuItem item(String key, KeyCombination accelerator) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setAccelerator(accelerator);
        return item;
    }

    ToolBar toolBar() {
        Button zoomOut = new Button(Messages.get("tool.zoomOut"));
        zoomOut.setId("zoom-out");
        zoomOut.setOnAction(e -> w.canvas().zoomStep(false));
        Button zoomIn = new Button(Messages.get("tool.zoomIn"));
        zoomIn.setId("zoom-in");
        zoomIn.setOnAction(e -> w.canvas().zoomStep(true));
        Button fit = new Button(Messages.get("tool.fit"));
        fit.setId("zoom-fit");
        fit.setOnAction(e -> w.canvas().fitPage());
        ToggleButton guides = new ToggleButton(Messages.get("tool.guides"));
        guides.setId("toggle-guides");
        guides.selectedProperty().bindBidirectional(w.canvasModel().showGuidesProperty());
        ToggleButton grid = new ToggleButton(Messages.get("tool.grid"));
        grid.setId("toggle-grid");
        grid.selectedProperty().bindBidirectional(w.canvasModel().showGridProperty());
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
            else w.canvasModel().toolProperty().set((Tool) now.getUserData());
        });
        // weakly: a tool bar left behind by a language switch must not be kept alive by the model
        javafx.beans.value.ChangeListener<Tool> follow = (o, old, now) -> selectTool(tools, now);
        bar.getProperties().put("tool-listener", follow);
        w.canvasModel().toolProperty().addListener(new javafx.beans.value.WeakChangeListener<>(follow));
        selectTool(tools, w.canvasModel().toolProperty().get());
        bar.getItems().addAll(new Separator(), zoomOut, zoomIn, fit, new Separator(), guides, grid, new Separator());
        // the thread hint before the align buttons: while threading it is what the designer reads, and a narrow
        // window pushes the last items into the overflow menu (the align commands are in 排列 too)
        bar.getItems().add(ThreadHint.threadHint(w.canvasModel()));
        bar.getItems().addAll(alignButtons());
        return bar;
    }

    private static void selectTool(ToggleGroup group, Tool tool) {
        for (var t : group.getToggles()) if (t.getUserData() == tool) t.setSelected(true);
    }

}
