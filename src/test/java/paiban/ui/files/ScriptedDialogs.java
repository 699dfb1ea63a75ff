package paiban.ui.files;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the file questions from a script and records what was asked; an unscripted question fails the test. */
final class ScriptedDialogs implements FileDialogs {
    final Deque<Unsaved> unsaved = new ArrayDeque<>();
    final Deque<Optional<Path>> opens = new ArrayDeque<>();
    final Deque<Optional<Path>> saves = new ArrayDeque<>();
    final Deque<Optional<NewEditionSpec>> news = new ArrayDeque<>();
    final Deque<Boolean> recoveries = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    String suggestedName;

    @Override public Unsaved askUnsaved(String editionName) {
        asked.add("unsaved " + editionName);
        return next(unsaved, "unsaved");
    }

    @Override public Optional<Path> chooseOpen(Path folder) {
        asked.add("open");
        return next(opens, "open");
    }

    @Override public Optional<Path> chooseSave(Path folder, String suggested) {
        asked.add("save");
        suggestedName = suggested;
        return next(saves, "save");
    }

    @Override public Optional<NewEditionSpec> askNewEdition() {
        asked.add("new");
        return next(news, "new");
    }

    @Override public boolean offerRecovery(Path file, Instant copyTime) {
        asked.add("recover " + (file == null ? "untitled" : file.getFileName()));
        return next(recoveries, "recover");
    }

    @Override public void showError(String header, String message) {
        errors.add(header + " | " + message);
    }

    private static <T> T next(Deque<T> answers, String what) {
        if (answers.isEmpty()) throw new AssertionError("unexpected question: " + what);
        return answers.removeFirst();
    }
}
