package paiban.compose.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import paiban.compose.copyfit.FrameFit;
import paiban.compose.jump.JumpLine;
import paiban.compose.jump.JumpResolver;
import paiban.compose.jump.JumpTracker;
import paiban.compose.line.ComposedLine;
import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.StoryFit;
import paiban.model.Edition;
import paiban.model.frame.TextFrame;
import paiban.model.story.Paragraph;
import paiban.model.style.ParagraphStyle;

/**
 * Turns a story's flow into marks per frame, resolving its jump lines against
 * the edition's final page order, and counts its copyfit.
 */
final class StoryMaterializer {
    /** A jump line's place in its frame's marks, kept until its words are known. */
    private record Waiting(List<Mark> marks, int index, FlowItem.Jump jump) {}

    private final LineCache cache;

    StoryMaterializer(LineCache cache) {
        this.cache = cache;
    }

    StoryOutput output(StoryFlow flow, Edition edition) {
        ChainPlan plan = flow.plan;
        List<String> warnings = new ArrayList<>(plan.problems);
        Map<String, List<Mark>> marks = new HashMap<>();
        Set<String> pages = new LinkedHashSet<>();
        JumpTracker tracker = new JumpTracker();
        List<Waiting> waiting = new ArrayList<>();
        for (FlowItem item : VerticalAligner.align(flow, ColumnBalancer.balance(flow))) {
            List<Mark> list = marks.computeIfAbsent(plan.key(item.chainIndex()), k -> new ArrayList<>());
            if (item instanceof FlowItem.Text t) {
                list.add(t.box());
            } else if (item instanceof FlowItem.Jump j) {
                tracker.register(j.line());
                waiting.add(new Waiting(list, list.size(), j));
                list.add(null);
            }
        }
        // after pagination: every jump line learns the name of the page it refers to
        List<JumpLine> jumps = new ArrayList<>(waiting.size());
        List<String> jumpTexts = new ArrayList<>(waiting.size());
        for (Waiting w : waiting) {
            Optional<String> text = JumpResolver.text(w.jump().line(), edition);
            jumps.add(w.jump().line());
            jumpTexts.add(text.orElse(null));
            Optional<LineBox> box = text.map(words -> place(w.jump().line(), w.jump().style(), words, flow));
            if (box.isEmpty()) warnings.add("story " + flow.story.id() + ": jump line names page "
                    + w.jump().line().targetId() + ", which is not in the edition");
            w.marks().set(w.index(), box.orElse(null));
        }
        for (List<Mark> list : marks.values()) list.removeIf(m -> m == null);
        // vertical frames were set turned 90°: their lines become columns on the page
        for (ChainPlan.Link link : plan.links) {
            List<Mark> list = marks.get(link.key());
            if (link.vertical() && list != null) {
                marks.put(link.key(), VerticalFrames.marksOnPage(link.template(), list, p -> p < 0
                        || p >= flow.story.paragraphs().size() ? ParagraphStyle.DEFAULT_UPRIGHT_DIGITS
                        : flow.sheet.paragraph(flow.story.paragraphs().get(p).style()).uprightDigits()));
            }
        }

        Map<String, FrameInfo> frames = new HashMap<>();
        int used = 0, left = 0, set = 0;
        int over = flow.oversetChars();
        for (int i = 0; i < plan.links.size(); i++) {
            ChainPlan.Link link = plan.links.get(i);
            pages.add(link.page().id());
            FrameFit fit = FrameFitCounter.count(flow, link);
            boolean lastLink = i == plan.links.size() - 1;
            FrameKind kind = link.frame() instanceof TextFrame ? FrameKind.TEXT : FrameKind.HEADLINE;
            var columns = link.plan() != null ? link.plan().columns : List.of(link.frame().bounds());
            var bounds = link.frame().bounds();
            if (link.vertical()) {
                columns = VerticalFrames.onPage(link.template(), columns);
                bounds = VerticalFrames.onPage(link.template(), bounds);
            }
            frames.put(link.key(),
                    new FrameInfo(link.frame().id(), kind, bounds, flow.story.id(), link.index(),
                            columns, fit.linesUsed(), fit.linesLeft(), fit.charsSet(), lastLink ? over : 0));
            used += fit.linesUsed();
            left += fit.linesLeft();
            set += fit.charsSet();
        }
        int loose = 0;
        for (FlowItem item : flow.items) if (item instanceof FlowItem.Text t && t.loose()) loose++;
        StoryFit fit = new StoryFit(flow.story.id(), flow.story.characterCount(), set, over, used, left, loose);
        Map<String, List<Mark>> frozen = new HashMap<>();
        marks.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new StoryOutput(flow, frozen, frames, fit, pages, List.copyOf(warnings), List.copyOf(jumps),
                java.util.Collections.unmodifiableList(jumpTexts));
    }

    private LineBox place(JumpLine jump, ParagraphStyle style, String text, StoryFlow flow) {
        List<ComposedLine> lines = cache.lines(new Paragraph(style.name(), text), style, flow.sheet, jump.width());
        // the reserved line holds one line; a measure too narrow for the words shows their start
        ComposedLine line = lines.get(0);
        return LineAligner.place(line, style, jump.x(), jump.baseline(), flow.story.id(), -1);
    }
}
