package paiban.publish;

import java.nio.file.Files;
import java.nio.file.Path;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.EditionLayout;
import paiban.model.Edition;

/** The sample edition, composed and published once per test JVM into a temporary folder. */
final class PublishedSample {
    static final Path SAMPLE = Path.of("assets/sample/edition.json");
    private static PublishedSample shared;

    final Edition edition;
    final EditionLayout layout;
    final Path dir;
    final Publisher.Result result;

    private PublishedSample() throws Exception {
        edition = EditionFile.read(SAMPLE);
        layout = new EditionComposer(FontLibrary.shared()).compose(edition, SAMPLE.toAbsolutePath().getParent());
        dir = Files.createTempDirectory("paiban-publish");
        result = new Publisher(PublishSettings.defaults()).publish(edition, layout, dir, Publisher.Progress.NONE);
    }

    static synchronized PublishedSample get() throws Exception {
        if (shared == null) shared = new PublishedSample();
        return shared;
    }
}
