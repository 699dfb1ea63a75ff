package paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/** The sample is the fixture of later work: it must be a sound edition with everything the issue asks for. */
class SampleEditionShapeTest {
    private static final Edition E = SampleEditionBuilder.build();

    @Test
    void threePagesOnTheDuikaiGrid() {
        assertEquals("滨江日报", E.name());
        assertEquals("2026-04-25", E.date().toString());
        assertEquals(List.of("01", "02", "03"), E.pages().stream().map(Page::label).toList());
        assertEquals(List.of("要闻", "广告", "要闻"), E.pages().stream().map(Page::section).toList());
        assertEquals(PageTemplate.duikai(), E.templateOf(E.pages().get(0)));
    }

    @Test
    void framesStayInTheTypeAreaAndDoNotOverlap() {
        for (Page page : E.pages()) {
            Rect area = E.templateOf(page).typeArea();
            List<Frame> solid = page.frames().stream().filter(f -> !(f instanceof RuleFrame)).toList();
            for (Frame f : page.frames()) {
                assertTrue(area.contains(f.bounds()), page.id() + "/" + f.id() + " outside the type area");
            }
            for (int i = 0; i < solid.size(); i++) {
                for (int j = i + 1; j < solid.size(); j++) {
                    assertFalse(solid.get(i).bounds().intersects(solid.get(j).bounds()),
                            page.id() + ": " + solid.get(i).id() + " overlaps " + solid.get(j).id());
                }
            }
        }
    }

    @Test
    void everyTextAndHeadlineFrameIsThreadedByExactlyOneStory() {
        Map<String, Integer> threads = new HashMap<>();
        for (Story s : E.stories()) {
            for (FrameRef r : s.chain()) {
                Frame f = E.frame(r).orElseThrow(() -> new AssertionError(s.id() + " names missing frame " + r));
                assertTrue(f instanceof TextFrame || f instanceof HeadlineFrame, s.id() + " threads " + f.kind());
                threads.merge(r.frameId(), 1, Integer::sum);
            }
        }
        Set<String> ids = new HashSet<>();
        for (Page page : E.pages()) {
            for (Frame f : page.frames()) {
                assertTrue(ids.add(f.id()), "frame id used twice: " + f.id());
                if (f instanceof TextFrame || f instanceof HeadlineFrame) {
                    assertEquals(1, threads.getOrDefault(f.id(), 0), f.id());
                }
            }
        }
    }

    @Test
    void stylesUsedAreDefined() {
        for (Story s : E.stories()) {
            for (Paragraph p : s.paragraphs()) {
                assertTrue(E.styles().find(p.style()).isPresent(), s.id() + " uses unknown style " + p.style());
                p.runs().forEach(r -> assertTrue(E.styles().charStyle(r.style()).isPresent(), r.style()));
            }
        }
    }

    @Test
    void leadStoryJumpsFromPageOneToPageThree() {
        Story lead = E.story("lead").orElseThrow();
        assertEquals(List.of("p1", "p1", "p3"), lead.chain().stream().map(FrameRef::pageId).toList());
        assertTrue(lead.continuationHeadline());
        PageTemplate t = E.templateOf(E.pages().get(0));
        int capacityOnPageOne = 0;
        for (FrameRef r : lead.chain()) {
            if (!r.pageId().equals("p1")) continue;
            TextFrame f = (TextFrame) E.frame(r).orElseThrow();
            int lines = (f.bounds().height() - t.bodySize()) / t.pitch() + 1;
            capacityOnPageOne += f.columns() * lines * (f.columnWidth() / t.bodySize());
        }
        assertEquals(1534, capacityOnPageOne, "2 × 41 + 4 × 9 lines of 13 字");
        assertTrue(lead.characterCount() > capacityOnPageOne * 6 / 5,
                "overflows page 1 by more than a fifth: " + lead.characterCount());
    }

    @Test
    void frontPageHasEverythingANewspaperFrontPageHas() {
        Page p1 = E.pages().get(0);
        Map<String, Long> kinds = p1.frames().stream().collect(Collectors.groupingBy(Frame::kind, Collectors.counting()));
        assertTrue(kinds.get("headline") >= 6, "masthead and headline stacks: " + kinds);
        assertTrue(kinds.get("rule") >= 4, kinds.toString());
        assertEquals(1L, kinds.get("ad"));
        assertEquals(1L, kinds.get("image"));
        assertEquals(1L, kinds.get("header"));
        ImageFrame photo = (ImageFrame) p1.frame("p1-lead-photo").orElseThrow();
        assertTrue(p1.frame(photo.captionFrameId()).orElseThrow() instanceof TextFrame);
        assertEquals("图片说明", E.storyOfFrame(photo.captionFrameId()).orElseThrow().paragraphs().get(0).style());
        assertEquals("{number} | {section}", ((HeaderFrame) p1.frame("p1-header").orElseThrow()).pattern());
        assertTrue(p1.frames().stream().anyMatch(f -> f instanceof AdFrame a && !a.advertiser().isEmpty()));
        long headlineStacks = E.stories().stream()
                .filter(s -> s.paragraphs().stream().anyMatch(p -> p.style().startsWith("主题"))).count();
        assertTrue(headlineStacks >= 9, "headline stacks: " + headlineStacks);
        long datelines = E.stories().stream()
                .filter(s -> s.paragraphs().stream().anyMatch(p -> p.style().equals("电头") && p.text().startsWith("本报讯（记者 ")))
                .count();
        assertTrue(datelines >= 9, "本报讯 leads: " + datelines);
        assertTrue(E.stories().stream().anyMatch(s -> s.paragraphs().stream().anyMatch(p -> p.style().equals("署名"))));
    }

    @Test
    void textUsesChinesePunctuationNotAscii() {
        for (Story s : E.stories()) {
            for (Paragraph p : s.paragraphs()) {
                String t = p.text();
                assertFalse(t.matches(".*[\\u4e00-\\u9fff][,.;:?!()\"].*"), s.id() + ": ASCII punctuation after Han: " + t);
                assertFalse(t.contains("  "), s.id() + ": double space: " + t);
            }
        }
    }
}
