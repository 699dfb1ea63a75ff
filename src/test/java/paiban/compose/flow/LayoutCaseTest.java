package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageNaming;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.TextFrame;
import paiban.model.frame.TextWrap;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.DefaultStyles;
import paiban.model.unit.Units;

/**
 * Layout cases as data (src/test/resources/layout-cases/*.json): pages and
 * frames in grid units, stories, and the expected jump lines, copyfit and
 * geometry. One runner, one file per case.
 */
class LayoutCaseTest {
    static final Path DIR = Path.of("src", "test", "resources", "layout-cases");
    static final ObjectMapper JSON = new ObjectMapper();
    static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            if (list.isEmpty()) throw new IllegalStateException("no layout cases in " + DIR);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void layoutCase(Path file) throws IOException {
        JsonNode c = JSON.readTree(file.toFile());
        Edition e = edition(c);
        EditionLayout layout = COMPOSER.compose(e);
        check(c.path("expect"), e, layout, file.getFileName().toString());
    }

    static Edition edition(JsonNode c) {
        PageTemplate t = "四开".equals(c.path("template").asText("对开")) ? PageTemplate.sikai() : PageTemplate.duikai();
        List<Page> pages = new ArrayList<>();
        for (JsonNode p : c.path("pages")) {
            List<Frame> frames = new ArrayList<>();
            for (JsonNode f : p.path("frames")) frames.add(frame(f, t));
            pages.add(new Page(p.path("id").asText(), p.path("label").asText(""), p.path("section").asText(""), t.name(), frames,
                    p.path("number").asInt(0)));
        }
        List<Story> stories = new ArrayList<>();
        for (JsonNode s : c.path("stories")) {
            List<Paragraph> ps = new ArrayList<>();
            for (JsonNode para : s.path("paragraphs")) ps.add(new Paragraph(para.get(0).asText(), para.get(1).asText()));
            JsonNode gen = s.path("generate");
            if (!gen.isMissingNode()) {
                Random r = new Random(gen.path("seed").asLong(1));
                for (int i = 0; i < gen.path("count").asInt(); i++) {
                    ps.add(new Paragraph("正文", Editions.text(r, gen.path("chars").asInt(200))));
                }
            }
            List<FrameRef> chain = new ArrayList<>();
            for (JsonNode ref : s.path("chain")) {
                String[] pf = ref.asText().split("/");
                chain.add(new FrameRef(pf[0], pf[1]));
            }
            stories.add(new Story(s.path("id").asText(), s.path("title").asText(""), ps, chain,
                    s.path("continuationHeadline").asBoolean(false), s.path("balance").asBoolean(false)));
        }
        PageNaming naming = "label".equals(c.path("naming").asText()) ? PageNaming.LABEL : PageNaming.CHINESE_NUMERAL;
        EditionSettings settings = EditionSettings.defaults().withPageNaming(naming)
                .withNumbering(c.path("firstPageNumber").asInt(1), c.path("sectionNumbering").asBoolean(false));
        Edition e = new Edition("案例", LocalDate.of(2026, 4, 25), settings,
                List.of(t), DefaultStyles.forBody(t.bodySize()), pages, stories);
        JsonNode move = c.path("movePage");
        if (!move.isMissingNode()) e = e.movePage(move.get(0).asInt(), move.get(1).asInt());
        return e;
    }

    /** "at": [column, span, line, lines] on the page grid. */
    static Frame frame(JsonNode f, PageTemplate t) {
        JsonNode at = f.path("at");
        Rect r = t.gridRect(at.get(0).asInt(), at.get(1).asInt(), at.get(2).asInt(), at.get(3).asInt());
        String id = f.path("id").asText();
        TextWrap wrap = f.has("wrap") ? new TextWrap(Units.pt(f.path("wrap").asDouble())) : null;
        return switch (f.path("type").asText()) {
            case "text" -> new TextFrame(id, r, f.path("columns").asInt(1), t.gap(), 0, null, wrap, false, "");
            case "headline" -> new HeadlineFrame(id, r, wrap, false, "");
            case "image" -> new ImageFrame(id, r, "", paiban.model.frame.ImageFit.FILL, 1, 0, 0, "", wrap, false, "");
            default -> throw new IllegalArgumentException("unknown frame type " + f.path("type").asText());
        };
    }

    static void check(JsonNode x, Edition e, EditionLayout layout, String name) {
        x.path("generated").fields().forEachRemaining(en -> {
            List<String> expected = new ArrayList<>();
            en.getValue().forEach(v -> expected.add(v.asText()));
            List<String> got = layout.page(en.getKey()).orElseThrow().lines().stream()
                    .filter(l -> l.generated() && !l.storyId().isEmpty()).map(LineBox::text).toList();
            assertEquals(expected, got, name + ": generated lines on " + en.getKey());
        });
        for (Story s : e.stories()) {
            StoryFit fit = layout.stories().get(s.id());
            assertEquals(s.characterCount(), fit.charsSet() + fit.overset(), name + ": " + s.id() + " set + overset");
            String set = LayoutText.setText(layout, s);
            assertTrue(s.text().startsWith(set), name + ": " + s.id() + " set in order");
            if (fit.overset() == 0) assertEquals(s.text(), set, name + ": " + s.id() + " every character once");
        }
        x.path("overset").fields().forEachRemaining(en -> {
            int over = layout.stories().get(en.getKey()).overset();
            if (en.getValue().isTextual() && en.getValue().asText().equals(">0")) assertTrue(over > 0, name + ": " + en.getKey() + " over");
            else assertEquals(en.getValue().asInt(), over, name + ": " + en.getKey() + " overset");
        });
        x.path("looseLines").fields().forEachRemaining(en -> {
            int loose = layout.stories().get(en.getKey()).looseLines();
            if (en.getValue().asText().equals(">0")) assertTrue(loose > 0, name + ": " + en.getKey() + " loose lines");
            else assertEquals(en.getValue().asInt(), loose, name + ": " + en.getKey() + " loose lines");
        });
        x.path("frames").fields().forEachRemaining(en -> {
            String[] pf = en.getKey().split("/");
            FrameInfo info = layout.page(pf[0]).orElseThrow().frames().stream().filter(f -> f.frameId().equals(pf[1]))
                    .findFirst().orElseThrow();
            for (Map.Entry<String, JsonNode> field : iterable(en.getValue())) {
                int want = field.getValue().asInt();
                int got = switch (field.getKey()) {
                    case "linesUsed" -> info.linesUsed();
                    case "linesLeft" -> info.linesLeft();
                    case "charsSet" -> info.charsSet();
                    case "oversetChars" -> info.oversetChars();
                    default -> throw new IllegalArgumentException("unknown frame check " + field.getKey());
                };
                assertEquals(want, got, name + ": " + en.getKey() + " " + field.getKey());
            }
        });
        for (JsonNode keep : x.path("keepClear")) {
            String[] pf = keep.asText().split("/");
            PageLayout page = layout.page(pf[0]).orElseThrow();
            Frame f = e.page(pf[0]).orElseThrow().frame(pf[1]).orElseThrow();
            Rect clear = f.wrap() == null ? f.bounds() : f.bounds().grow(f.wrap().offset());
            for (LineBox l : page.lines()) {
                for (GlyphRun r : l.runs()) {
                    for (int i = 0; i < r.length(); i++) {
                        Rect g = new Rect(l.x() + r.xs()[i], l.baseline() - Baseline.ascent(r.size()), r.advances()[i], r.size());
                        assertFalse(g.intersects(clear), name + ": text inside " + keep.asText() + ": " + l.text());
                    }
                }
            }
        }
        for (JsonNode frame : x.path("balanced")) assertBalanced(layout, frame.asText(), name);
        for (JsonNode pageId : x.path("firstBaselinesEqual")) {
            PageLayout page = layout.page(pageId.asText()).orElseThrow();
            List<Integer> firsts = new ArrayList<>();
            for (FrameInfo f : page.frames()) {
                for (Rect col : f.columns()) {
                    page.lines().stream().filter(l -> l.x() == col.x() && !l.storyId().isEmpty())
                            .mapToInt(LineBox::baseline).min().ifPresent(firsts::add);
                }
            }
            assertTrue(firsts.size() > 1 && firsts.stream().distinct().count() == 1, name + ": first baselines " + firsts);
        }
    }

    /**
     * The story lines of a frame's columns (a 转版标题 across them not counted): every column but the
     * last as high as the first, the last no higher, and none higher than the lines shared out evenly.
     */
    static void assertBalanced(EditionLayout layout, String pageFrame, String name) {
        String[] pf = pageFrame.split("/");
        PageLayout page = layout.page(pf[0]).orElseThrow();
        FrameInfo info = page.frames().stream().filter(f -> f.frameId().equals(pf[1])).findFirst().orElseThrow();
        int cols = info.columns().size();
        int[] count = new int[cols];
        for (LineBox l : page.lines()) {
            for (int c = 0; c < cols; c++) {
                Rect col = info.columns().get(c);
                if (l.x() == col.x() && l.width() <= col.width() && !l.storyId().isEmpty()) count[c]++;
            }
        }
        int total = java.util.Arrays.stream(count).sum();
        String counts = name + ": lines per column of " + pageFrame + " " + java.util.Arrays.toString(count);
        assertTrue(total > cols, counts);
        for (int c = 1; c < cols - 1; c++) assertEquals(count[0], count[c], counts);
        assertTrue(count[cols - 1] <= count[0] && count[0] <= (total + cols - 1) / cols + 1, counts);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode n) {
        return n::fields;
    }
}
