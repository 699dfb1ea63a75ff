package paiban.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import paiban.compose.text.SampleText;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.DefaultStyles;

/**
 * The edition file at newspaper scale: a 24-page 对开 edition of about 250k
 * characters in ~200 stories is turned into JSON and back, and saved and read
 * through the file system (atomic save with fsync and backup), as saving and
 * autosaving do.
 */
public final class FileBenchmark implements Benchmark {
    @Override public String name() { return "file"; }

    @Override public String summary() { return "JSON of a 24-page edition (~250k characters): write, read, atomic save, open"; }

    @Override public void run(PrintStream out, boolean quick) throws Exception {
        Edition edition = edition(new Random(20_260_425L));
        Path dir = Files.createTempDirectory("paiban-bench");
        try {
            Path file = dir.resolve("edition.json");
            String json = EditionFile.toJson(edition);
            int warmups = quick ? 1 : 10;
            int rounds = quick ? 2 : 15;
            out.printf("edition: %d pages, %d stories, %,d characters; file %,d bytes%n", edition.pages().size(),
                    edition.stories().size(), edition.stories().stream().mapToInt(Story::characterCount).sum(),
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            report(out, "toJson", Rounds.sortedMs(warmups, rounds, () -> EditionFile.toJson(edition)));
            report(out, "fromJson", Rounds.sortedMs(warmups, rounds, () -> EditionFile.fromJson(json, "bench")));
            report(out, "save (atomic, fsync, backup)", Rounds.sortedMs(warmups, rounds, () -> {
                EditionFile.write(edition, file);
            }));
            report(out, "open", Rounds.sortedMs(warmups, rounds, () -> EditionFile.read(file)));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static void report(PrintStream out, String what, double[] ms) {
        out.printf("%s: median %.1f ms, best %.1f ms (%d rounds, warm)%n", what, ms[ms.length / 2], ms[0], ms.length);
    }

    /** 24 pages of 8 stories each, a headline frame and a text frame per story. */
    static Edition edition(Random r) {
        PageTemplate t = PageTemplate.duikai();
        List<Page> pages = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        for (int p = 1; p <= 24; p++) {
            String pageId = "p" + p;
            List<Frame> frames = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                int col = (s % 4) * 2;
                int line = (s / 4) * 51;
                String head = pageId + "-s" + s + "-head";
                String body = pageId + "-s" + s + "-body";
                frames.add(new HeadlineFrame(head, t.gridRect(col, 2, line, 6)));
                frames.add(new TextFrame(body, t.gridRect(col, 2, line + 6, 45), 2, t.gap()));
                List<Paragraph> paragraphs = new ArrayList<>();
                paragraphs.add(new Paragraph("主题", SampleText.paragraph(r, 12)));
                for (int k = 0; k < 8; k++) paragraphs.add(new Paragraph("正文", SampleText.paragraph(r, 90 + r.nextInt(140))));
                stories.add(new Story(pageId + "-s" + s, "稿件" + p + "-" + s, paragraphs,
                        List.of(new FrameRef(pageId, head), new FrameRef(pageId, body))));
            }
            pages.add(new Page(pageId, String.format("%02d", p), "要闻", t.name(), frames));
        }
        return new Edition("基准日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(t),
                DefaultStyles.forBody(t.bodySize()), pages, stories);
    }

}
