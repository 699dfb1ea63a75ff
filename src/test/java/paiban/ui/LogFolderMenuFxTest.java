package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 帮助 → 打开日志文件夹 shows the settings folder's logs, made first if no log was written yet. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class LogFolderMenuFxTest {
    Path settings;
    String oldSettings;
    final List<Path> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        oldSettings = System.getProperty("paiban.settings");
        settings = Files.createTempDirectory("paiban-logmenu");
        System.setProperty("paiban.settings", settings.toString());
        LogFolder.useOpener(opened::add);
        new MainWindow(TestEditions.document()).show(stage);
    }

    @AfterEach
    void restore() {
        if (oldSettings == null) System.clearProperty("paiban.settings");
        else System.setProperty("paiban.settings", oldSettings);
    }

    @Test
    void theHelpMenuOpensTheLogFolder(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().get(bar.getMenus().size() - 1);
        assertEquals("帮助", help.getText());
        MenuItem item = help.getItems().stream().filter(i -> "menu-help-logFolder".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("打开日志文件夹", item.getText());
        WaitForAsyncUtils.asyncFx(item::fire).get();
        assertEquals(List.of(settings.resolve("logs")), opened);
        assertTrue(Files.isDirectory(settings.resolve("logs")));
    }
}
