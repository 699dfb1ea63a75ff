package paiban.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import paiban.model.PageNames;
import paiban.model.story.FrameRef;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.Tool;

/** The thread tool's prompt in the tool bar. */
final class ThreadHint {
    private ThreadHint() {}

    /** What the thread tool expects next: the first frame, or the frame that continues the picked one. */
    static Label threadHint(CanvasViewModel canvas) {
        Label hint = new Label();
        hint.setId("thread-hint");
        hint.getStyleClass().add("thread-hint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            if (canvas.toolProperty().get() != Tool.THREAD) return "";
            FrameRef from = canvas.threadFromProperty().get();
            if (from == null) return Messages.get("thread.pickFirst");
            var e = canvas.document().edition();
            String page = e.page(from.pageId()).map(p -> PageNames.fullName(e, p)).orElse(from.pageId());
            return Messages.get("thread.pickSecond", page + " " + FrameNames.of(e, from));
        }, canvas.toolProperty(), canvas.threadFromProperty(), canvas.document().editionProperty()));
        return hint;
    }
}
