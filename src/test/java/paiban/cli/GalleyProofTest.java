package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.font.FontLibrary;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.PageTemplate;
import paiban.model.story.Paragraph;

/** A proof composes the pages it keeps: no page past the story's end is set and then dropped. */
class GalleyProofTest {
    @ParameterizedTest(name = "{0}, {1} paragraphs")
    @CsvSource({"四开, 5", "四开, 60", "四开, 120", "四开, 300", "对开, 20", "对开, 120", "对开, 300", "对开, 1000"})
    void theLastCompositionHasExactlyThePagesKept(String template, int paragraphCount) {
        PageTemplate t = template.equals("对开") ? PageTemplate.duikai() : PageTemplate.sikai();
        List<Paragraph> ps = new ArrayList<>();
        int chars = 0;
        for (Paragraph p : paiban.bench.GeneratedPages.paragraphs(11, paragraphCount, 80, 400)) {
            ps.add(new Paragraph("正文", p.text()));
            chars += p.text().codePointCount(0, p.text().length());
        }
        GalleyProof.Geometry geo = new GalleyProof.Geometry(t.trimWidth(), t.trimHeight(), t.typeArea(), t.columns(),
                t.bodySize(), t.bodySize(), t.pitch());
        List<Integer> tried = new ArrayList<>();
        List<PageLayout> pages = new GalleyProof(FontLibrary.shared(), geo, "x.txt").pages(ps, tried::add);

        assertEquals(pages.size(), (int) tried.get(tried.size() - 1), "composed " + tried + ", kept " + pages.size());
        assertTrue(tried.size() <= 2, "the estimate is close: " + tried);
        // every page kept holds story text, and all of it is set
        int set = 0;
        for (PageLayout p : pages) {
            List<LineBox> story = p.lines().stream().filter(l -> GalleyProof.STORY.equals(l.storyId()) && !l.generated()).toList();
            assertTrue(!story.isEmpty(), "page " + p.number() + " of " + pages.size() + " holds no text");
            for (LineBox l : story) set += l.end() - l.start();
        }
        String slug = pages.get(0).lines().get(pages.get(0).lines().size() - 1).text();
        assertTrue(slug.contains("共" + chars + "字") && !slug.contains("超"), slug);
        assertTrue(set >= chars, "characters set " + set + " of " + chars);
    }
}
