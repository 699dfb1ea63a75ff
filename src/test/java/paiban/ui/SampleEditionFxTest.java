package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.frame.Frame;
import paiban.ui.canvas.FrameOutline;

/** The window as `./mvnw javafx:run` opens it: the shipped sample edition. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class SampleEditionFxTest {
    MainWindow window;
    Stage stage;
    Edition sample;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        sample = EditionFile.read(EditionLoader.sample());
        window = PaibanApp.openWindow(s, EditionLoader.sample());
    }

    private List<String> frameIds(int page) {
        return sample.pages().get(page).frames().stream().map(Frame::id).toList();
    }

    private List<String> drawnIds() {
        WaitForAsyncUtils.waitForFxEvents();
        return window.canvas().drawnOutlines().stream().map(FrameOutline::frameId).toList();
    }

    @Test
    void theTitleNamesTheSampleAndItsFile() {
        assertTrue(stage.getTitle().startsWith(sample.name()), stage.getTitle());
        assertTrue(stage.getTitle().contains("edition.json"), stage.getTitle());
    }

    @Test
    void pageOneShowsAnOutlineForEachOfItsFrames() {
        assertTrue(frameIds(0).size() > 5, "the front page has many frames");
        assertEquals(frameIds(0), drawnIds());
    }

    @Test
    void everyPageHasAThumbnailAndTheLastCanBeShown(FxRobot robot) {
        int last = sample.pages().size() - 1;
        assertEquals(sample.pages().size(), window.pagesModel().items().size());
        ListCell<?> cell = robot.lookup(".pages-panel .list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == last).findFirst().orElseThrow();
        robot.clickOn(cell);
        assertEquals(last, window.canvasModel().pageIndex());
        assertEquals(frameIds(last), drawnIds());
    }
}
