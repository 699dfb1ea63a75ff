package paiban.ui.files;

import java.nio.file.Path;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import paiban.ui.Messages;

/** The file menu's items for {@link DocumentFiles}: 新建, 打开, 最近打开, 关闭, 保存, 另存为. */
public final class FilesMenu {
    private FilesMenu() {}

    public static List<MenuItem> items(DocumentFiles files) {
        MenuItem create = item("menu.file.new", "menu-new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        create.setOnAction(e -> files.newEdition());
        MenuItem open = item("menu.file.open", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> files.open());
        Menu recent = new Menu(Messages.get("menu.file.recent"));
        recent.setId("menu-recent");
        fillRecent(recent, files);
        // weakly: a menu left behind by a language switch must not be kept alive by the list
        ListChangeListener<Path> follow = c -> fillRecent(recent, files);
        recent.getProperties().put("recent-listener", follow);
        files.recent().files().addListener(new javafx.collections.WeakListChangeListener<>(follow));
        MenuItem save = item("menu.file.save", "menu-save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> files.save());
        MenuItem saveAs = item("menu.file.saveAs", "menu-save-as",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> files.saveAs());
        MenuItem close = item("menu.file.close", "menu-close", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        close.setOnAction(e -> files.closeEdition());
        return List.of(create, open, recent, close, new SeparatorMenuItem(), save, saveAs);
    }

    private static void fillRecent(Menu menu, DocumentFiles files) {
        menu.getItems().clear();
        List<Path> list = files.recent().files();
        if (list.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        int n = 1;
        for (Path p : list) {
            // the name first, the folder after: the name is what the designer looks for
            Path dir = p.getParent();
            MenuItem it = new MenuItem(n++ + "  " + p.getFileName() + (dir == null ? "" : "  — " + dir));
            it.setMnemonicParsing(false);
            it.setOnAction(e -> files.open(p));
            menu.getItems().add(it);
        }
        MenuItem clear = new MenuItem(Messages.get("menu.file.recent.clear"));
        clear.setOnAction(e -> files.recent().clear());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static MenuItem item(String key, String id, KeyCombination accelerator) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setAccelerator(accelerator);
        return item;
    }
}
