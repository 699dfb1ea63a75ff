package paiban.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The editor application. */
public class PaibanApp extends Application {
    public static void main(String[] args) {
        launch(PaibanApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("排版 Paiban");
        stage.setScene(new Scene(new Label("Paiban"), 800, 600));
        stage.show();
    }
}
