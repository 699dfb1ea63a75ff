package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SmokeFxTest {
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        new PaibanApp().start(s);
    }

    @Test
    void title() {
        assertEquals("排版 Paiban", stage.getTitle());
    }
}
