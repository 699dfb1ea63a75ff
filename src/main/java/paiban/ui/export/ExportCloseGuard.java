package paiban.ui.export;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import paiban.ui.Messages;
import paiban.ui.UiFonts;

/**
 * Closing the main window while an export runs: asks 继续导出 /
 * 取消导出并关闭. On the second the export stops after the page being
 * written, the files it wrote are deleted (a half-written PDF never has its
 * final name: the exporter writes beside and renames) and the window closes
 * once all of that is done.
 */
public final class ExportCloseGuard {
    public enum Answer { CONTINUE, CANCEL_AND_CLOSE }

    private final Supplier<Answer> ask;
    private ExportViewModel export;
    private boolean closing;

    /** @param ask the question; {@link #askWithDialog} in the window */
    public ExportCloseGuard(Supplier<Answer> ask) {
        this.ask = ask;
    }

    /** The export the window opened last: the one a close may interrupt. */
    public void watch(ExportViewModel vm) {
        this.export = vm;
    }

    public boolean exportRunning() {
        return export != null && export.runningProperty().get();
    }

    /**
     * Whether the window may go on closing now. False when the designer keeps
     * the export, or chose to cancel it: then {@code close} runs once the
     * export has stopped and its files are gone.
     */
    public boolean allowClose(Runnable close) {
        if (!exportRunning()) return true;
        if (closing) return false; // already stopping; the window closes by itself
        if (ask.get() != Answer.CANCEL_AND_CLOSE) return false;
        closing = true;
        ExportViewModel vm = export;
        vm.runningProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (vm.runningProperty().get()) return;
                vm.runningProperty().removeListener(this);
                closing = false;
                close.run();
            }
        });
        vm.cancelAndDiscard();
        return false;
    }

    /** The question as a dialog over {@code owner}; closing the dialog keeps the export. */
    public static Answer askWithDialog(Window owner) {
        ButtonType keep = new ButtonType(Messages.get("exportClose.continue"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType cancel = new ButtonType(Messages.get("exportClose.cancel"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.WARNING, Messages.get("exportClose.text"), keep, cancel);
        a.setTitle(Messages.get("exportClose.title"));
        a.setHeaderText(Messages.get("exportClose.header"));
        a.getDialogPane().setStyle(UiFonts.rootStyle());
        a.getDialogPane().setId("export-close-question");
        if (owner != null) a.initOwner(owner);
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == cancel ? Answer.CANCEL_AND_CLOSE : Answer.CONTINUE;
    }
}
