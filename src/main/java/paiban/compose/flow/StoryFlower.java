package paiban.compose.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import paiban.compose.jump.JumpDirection;
import paiban.compose.jump.JumpLine;
import paiban.compose.line.ComposedLine;
import paiban.layout.LineBox;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.TextFrame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleRole;
import paiban.model.style.StyleSheet;

/**
 * Fills a story's slots with its lines: paragraph by paragraph, line by line,
 * each line on the next free grid lines of the current column. Where a part
 * on one page is full and text remains, the 下转 line goes into the part's
 * reserved slot and the continuation opens with the 转版标题 (on request)
 * and the 上接 line.
 */
final class StoryFlower {
    private final LineCache cache;
    private final Story story;
    private final ChainPlan plan;
    private final StyleSheet sheet;
    private final List<Slot> slots;

    private final List<FlowItem> items = new ArrayList<>();
    private int slot;
    private int pending;
    private int part;

    /** Per part: the 转版标题's lines across the top of the part's first frame; empty when there is none. */
    private final List<List<ComposedLine>> headlines = new ArrayList<>();
    /** Per part: grid lines the 转版标题 takes at the top of the part's first frame. */
    private final int[] headlineRows;

    private StoryFlower(LineCache cache, Story story, ChainPlan plan, StyleSheet sheet) {
        this.cache = cache;
        this.story = story;
        this.plan = plan;
        this.sheet = sheet;
        this.slots = plan.slots;
        this.headlineRows = new int[plan.parts()];
        ParagraphStyle hs = sheet.paragraph(StyleRole.CONTINUATION_TITLE);
        for (int p = 0; p < plan.parts(); p++) {
            List<ComposedLine> lines = List.of();
            int start = plan.partStart[p];
            if (p > 0 && story.continuationHeadline() && !story.title().isBlank() && start < slots.size()
                    && !slots.get(start).headline()) {
                ChainPlan.Link link = plan.link(slots.get(start).chainIndex());
                Rect inner = ((TextFrame) link.frame()).textArea();
                lines = cache.displayLines(new Paragraph(hs.name(), story.title()), hs, sheet, inner.width());
                int rows = link.plan().lines.get(0).length;
                if (lines.size() * hs.linesPerLine() >= rows) lines = List.of(); // no room: the title is left out
            }
            headlines.add(lines);
            headlineRows[p] = lines.size() * hs.linesPerLine();
        }
    }

    /** Flows the whole story. */
    static StoryFlow flow(LineCache cache, Story story, ChainPlan plan, StyleSheet sheet) {
        return new StoryFlower(cache, story, plan, sheet).run(null, 0, 0, 0);
    }

    /**
     * Flows a story again after an edit, reusing {@code old} (same chain plan
     * and styles): paragraphs before the first changed one keep their items,
     * and once a paragraph starts in the same place as in the old flow, the
     * old items from there on are taken over.
     */
    static StoryFlow reflow(LineCache cache, Story story, StoryFlow old) {
        List<Paragraph> now = story.paragraphs(), before = old.story.paragraphs();
        int prefix = 0;
        while (prefix < now.size() && prefix < before.size() && same(now.get(prefix), before.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < now.size() - prefix && suffix < before.size() - prefix
                && same(now.get(now.size() - 1 - suffix), before.get(before.size() - 1 - suffix))) suffix++;
        int from = old.resumableAtOrBefore(Math.min(prefix, before.size()));
        return new StoryFlower(cache, story, old.plan, old.sheet).run(old, from, now.size() - suffix, before.size() - suffix);
    }

    private static boolean same(Paragraph a, Paragraph b) {
        return a == b || a.equals(b);
    }

    /**
     * @param from        first paragraph to compose
     * @param newSuffix   first paragraph of the unchanged tail in the new story
     * @param oldSuffix   the same paragraph's index in the old story
     */
    private StoryFlow run(StoryFlow old, int from, int newSuffix, int oldSuffix) {
        List<Paragraph> ps = story.paragraphs();
        int n = ps.size();
        int[] ckSlot = new int[n + 1], ckPending = new int[n + 1], ckItems = new int[n + 1], stackOf = new int[n + 1];
        int[] ckPart = new int[n + 1];
        Arrays.fill(ckItems, StoryFlow.NOT_REACHED);
        Arrays.fill(stackOf, -1);
        if (old != null && from > 0) {
            items.addAll(old.items.subList(0, old.startItems[from]));
            System.arraycopy(old.startSlot, 0, ckSlot, 0, from);
            System.arraycopy(old.startPending, 0, ckPending, 0, from);
            System.arraycopy(old.startItems, 0, ckItems, 0, from);
            System.arraycopy(old.stackOf, 0, stackOf, 0, from);
            System.arraycopy(old.startPart, 0, ckPart, 0, from);
            slot = old.startSlot[from];
            pending = old.startPending[from];
            part = old.startPart[from];
        } else {
            from = 0;
            slot = 0;
            pending = 0;
            part = 0;
        }
        int composed = 0;
        int overPara = -1, overPos = 0;
        int p = from;
        while (p < n) {
            ckSlot[p] = slot;
            ckPending[p] = pending;
            ckItems[p] = items.size();
            ckPart[p] = part;
            if (old != null && p > from && p >= newSuffix) {
                int q = p - newSuffix + oldSuffix;
                if (old.reached(q) && old.startSlot[q] == slot && old.startPending[q] == pending && old.startPart[q] == part) {
                    return splice(old, p, q, ckSlot, ckPending, ckItems, ckPart, stackOf, composed);
                }
            }
            int taken = headlineAt(p);
            if (taken > 0) {
                stackOf[p] = p;
                for (int i = 1; i < taken; i++) {
                    stackOf[p + i] = p;
                    ckSlot[p + i] = ckSlot[p];
                    ckPending[p + i] = ckPending[p];
                    ckItems[p + i] = ckItems[p];
                    ckPart[p + i] = ckPart[p];
                }
                composed += taken;
                p += taken;
                continue;
            }
            Paragraph para = ps.get(p);
            ParagraphStyle style = sheet.paragraph(para.style());
            composed++;
            pending += style.spaceBeforeLines();
            LineSource source = new LineSource(cache, para, style, sheet);
            boolean fitted = true;
            // regardless of what follows, so an edit further on never changes where this paragraph went;
            // a 小标题 stays off a column foot through its style's keepWithNextLines (背题) alone:
            // with 0 it may stand there
            boolean keeps = style.keepsLines();
            int total = -1, lineIndex = 0;
            while (source.hasNext()) {
                int at = find(style.linesPerLine(), true);
                if (at < 0) { fitted = false; break; }
                if (keeps) {
                    if (total < 0) total = cache.lines(para, style, sheet, widthOf(at, style.linesPerLine())).size();
                    int rows = keptRows(style, lineIndex, total);
                    if (rows > 0) at = together(at, style.linesPerLine(), rows);
                    if (at < 0) { fitted = false; break; }
                }
                lineIndex++;
                int before = source.position();
                ComposedLine line = source.next(widthOf(at, style.linesPerLine()));
                if (source.position() <= before) {
                    // a composer that sets nothing would loop forever: what is left is reported overset, not lost
                    fitted = false;
                    break;
                }
                items.add(text(at, style, line, p));
            }
            if (!fitted) {
                overPara = p;
                overPos = source.position();
                break;
            }
            pending = style.spaceAfterLines();
            p++;
        }
        if (overPara < 0) {
            ckSlot[n] = slot;
            ckPending[n] = pending;
            ckItems[n] = items.size();
            ckPart[n] = part;
        }
        return new StoryFlow(story, plan, sheet, items, ckSlot, ckPending, ckItems, ckPart, stackOf, overPara, overPos,
                Math.min(slot, slots.size()), composed);
    }

    /** Takes over the old flow's items from its paragraph {@code q}, which starts where the new {@code p} does. */
    private StoryFlow splice(StoryFlow old, int p, int q, int[] ckSlot, int[] ckPending, int[] ckItems, int[] ckPart,
                             int[] stackOf,
                             int composed) {
        int shift = p - q;
        int base = items.size() - old.startItems[q];
        for (FlowItem item : old.items.subList(old.startItems[q], old.items.size())) {
            if (shift != 0 && item instanceof FlowItem.Text t && t.box().paragraph() >= 0) {
                items.add(t.withParagraph(t.box().paragraph() + shift));
            } else {
                items.add(item);
            }
        }
        for (int r = p; r < ckItems.length; r++) {
            int o = r - shift;
            if (o < old.startItems.length && old.startItems[o] != StoryFlow.NOT_REACHED) {
                ckSlot[r] = old.startSlot[o];
                ckPending[r] = old.startPending[o];
                ckItems[r] = old.startItems[o] + base;
                ckPart[r] = old.startPart[o];
                stackOf[r] = old.stackOf[o] < 0 ? -1 : old.stackOf[o] + shift;
            }
        }
        int overPara = old.oversetParagraph < 0 ? -1 : old.oversetParagraph + shift;
        return new StoryFlow(story, plan, sheet, items, ckSlot, ckPending, ckItems, ckPart, stackOf, overPara, old.oversetPosition,
                old.endSlot, composed);
    }

    /**
     * Grid lines that must stand together in one column from line {@code i} of a
     * paragraph of {@code total} lines, by its style; 0 where the paragraph may
     * break. At the first line: with 背题 kept off ({@code keepWithNextLines}) the
     * whole paragraph and that many lines after it; else its first lines (orphans),
     * or all of it when no break leaves enough lines on both sides. At the first of
     * its last lines (widows): those lines.
     */
    static int keptRows(ParagraphStyle style, int i, int total) {
        int span = style.linesPerLine();
        int first = Math.max(1, style.keepFirstLines()), last = Math.max(1, style.keepLastLines());
        if (i == 0) {
            if (style.keepWithNextLines() > 0) return total * span + style.keepWithNextLines();
            if (first + last > total) return total > 1 ? total * span : 0;
            return first > 1 ? first * span : 0;
        }
        return last > 1 && i == total - last ? last * span : 0;
    }

    /**
     * Where {@code rows} grid lines from {@code at} stand together: {@code at} when
     * they fit in its column below it, or when {@code at} is the top of its column
     * (no column holds more); else the next column, the next part (through a jump)
     * when this one is full; -1 when the chain has no more room (the rest is overset).
     */
    private int together(int at, int span, int rows) {
        while (true) {
            if (fitsBelow(at, rows) || topOfColumn(at)) return at;
            int column = slots.get(at).column();
            int s = at;
            while (s < slots.size() && slots.get(s).column() == column) s++;
            slot = s; // the lines left in this column stay empty
            pending = 0;
            at = find(span, true);
            if (at < 0) return -1;
        }
    }

    /** True when {@code rows} usable grid lines follow one another in {@code at}'s column, from {@code at}. */
    private boolean fitsBelow(int at, int rows) {
        int end = plan.textEnd(part);
        Slot first = slots.get(at);
        for (int k = 0; k < rows; k++) {
            int s = at + k;
            if (s >= end) return false;
            Slot x = slots.get(s);
            if (x.column() != first.column() || x.gridLine() != first.gridLine() + k || !x.usable() || underHeadline(x))
                return false;
        }
        return true;
    }

    /** True when no usable grid line of {@code at}'s column lies above it. */
    private boolean topOfColumn(int at) {
        int column = slots.get(at).column();
        for (int s = at - 1; s >= 0 && slots.get(s).column() == column; s--) {
            if (slots.get(s).usable() && !underHeadline(slots.get(s))) return false;
        }
        return true;
    }

    private FlowItem.Text text(int at, ParagraphStyle style, ComposedLine line, int paragraph) {
        Slot first = slots.get(at);
        int span = style.linesPerLine();
        PageTemplate t = plan.link(first.chainIndex()).template();
        int x = leftOf(at, span);
        int baseline = Baseline.of(t, first.gridLine(), span, style.size());
        LineBox box = LineAligner.place(line, style, x, baseline, story.id(), paragraph);
        int chars = 0;
        if (paragraph >= 0) {
            String s = story.paragraphs().get(paragraph).text();
            chars = s.codePointCount(Math.min(line.start(), s.length()), Math.min(line.end(), s.length()));
        }
        slot = at + span;
        return new FlowItem.Text(first.chainIndex(), at, span, first.gridLine(), box, chars, line.loose());
    }

    private int leftOf(int at, int span) {
        int x = Integer.MIN_VALUE;
        for (int i = 0; i < span; i++) x = Math.max(x, slots.get(at + i).x());
        return x;
    }

    private int widthOf(int at, int span) {
        int left = leftOf(at, span), right = Integer.MAX_VALUE;
        for (int i = 0; i < span; i++) right = Math.min(right, slots.get(at + i).x() + slots.get(at + i).width());
        return right - left;
    }

    /**
     * First slot of {@code span} free grid lines in one column from the
     * current place, after the pending paragraph space (dropped at a column
     * top). Crosses to the next part through a jump when {@code mayJump};
     * -1 when the chain is full.
     */
    private int find(int span, boolean mayJump) {
        while (true) {
            int end = part < plan.parts() ? plan.textEnd(part) : slots.size();
            if (pending > 0) {
                if (slot < end && !columnTop(slot)) {
                    int column = slots.get(slot).column();
                    for (int i = 0; i < pending && slot < end && slots.get(slot).column() == column; i++) slot++;
                }
                pending = 0;
            }
            int at = fit(slot, end, span);
            if (at >= 0) return at;
            if (!mayJump || part + 1 >= plan.parts()) return -1;
            jump();
        }
    }

    private boolean columnTop(int s) {
        return s == 0 || slots.get(s - 1).column() != slots.get(s).column();
    }

    /** True for slots under a continuation's 转版标题, which runs across all columns of the part's first frame. */
    private boolean underHeadline(Slot s) {
        int rows = headlineRows[s.part()];
        if (rows == 0) return false;
        int first = plan.partStart[s.part()];
        Slot top = slots.get(first);
        return s.chainIndex() == top.chainIndex() && s.gridLine() < top.gridLine() + rows;
    }

    private int fit(int from, int end, int span) {
        outer:
        for (int i = from; i < end; i++) {
            Slot first = slots.get(i);
            if (!first.usable() || underHeadline(first)) continue;
            for (int j = 1; j < span; j++) {
                if (i + j >= end) return -1;
                Slot next = slots.get(i + j);
                if (next.column() != first.column()) continue outer;
                if (next.gridLine() != first.gridLine() + j || !next.usable() || underHeadline(next)) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** Leaves the current part: 下转 in its reserved slot, then 转版标题 and 上接 at the top of the next. */
    private void jump() {
        int reserved = plan.reserved[part];
        String from = pageOfPart(part), to = pageOfPart(part + 1);
        if (reserved >= 0) {
            items.add(jumpItem(reserved, JumpDirection.OUT, from, to));
        }
        part++;
        slot = plan.partStart[part];
        pending = 0;
        placeContinuationHeadline();
        ParagraphStyle in = sheet.paragraph(JumpDirection.IN.role());
        int at = find(in.linesPerLine(), false);
        if (at >= 0) {
            items.add(jumpItem(at, JumpDirection.IN, to, from));
            slot = at + in.linesPerLine();
        }
    }

    /** Sets the part's 转版标题 lines across the top of its first frame, centred as its style says. */
    private void placeContinuationHeadline() {
        List<ComposedLine> lines = headlines.get(part);
        if (lines.isEmpty()) return;
        ParagraphStyle hs = sheet.paragraph(StyleRole.CONTINUATION_TITLE);
        Slot top = slots.get(plan.partStart[part]);
        ChainPlan.Link link = plan.link(top.chainIndex());
        Rect inner = ((TextFrame) link.frame()).textArea();
        int grid = top.gridLine();
        for (ComposedLine line : lines) {
            int baseline = Baseline.of(link.template(), grid, hs.linesPerLine(), hs.size());
            LineBox box = LineAligner.place(line, hs, inner.x(), baseline, story.id(), -1);
            items.add(new FlowItem.Text(top.chainIndex(), plan.partStart[part], hs.linesPerLine(), grid, box, 0));
            grid += hs.linesPerLine();
        }
    }

    private FlowItem.Jump jumpItem(int at, JumpDirection direction, String pageId, String targetId) {
        ParagraphStyle style = sheet.paragraph(direction.role());
        Slot s = slots.get(at);
        int span = direction == JumpDirection.OUT ? 1 : style.linesPerLine();
        PageTemplate t = plan.link(s.chainIndex()).template();
        JumpLine line = new JumpLine(story.id(), direction, pageId, targetId, s.x(),
                Baseline.of(t, s.gridLine(), span, style.size()), s.width());
        return new FlowItem.Jump(s.chainIndex(), at, span, s.gridLine(), line, style);
    }

    private String pageOfPart(int p) {
        return plan.partPage[p];
    }

    /**
     * At a paragraph start whose next place is a headline frame: sets the
     * display paragraphs from {@code p} that fit as a centred stack. Returns
     * the paragraphs taken (0 when the next place is not a headline frame).
     */
    private int headlineAt(int p) {
        int end = part < plan.parts() ? plan.partEnd[part] : slots.size();
        int at = slot;
        while (at < end && !slots.get(at).usable() && !slots.get(at).headline()) at++;
        if (at >= end || !slots.get(at).headline()) return 0;
        Slot s = slots.get(at);
        ChainPlan.Link link = plan.link(s.chainIndex());
        HeadlineStack stack = HeadlineStack.set(cache, story, p, sheet, (HeadlineFrame) link.frame(), link.template(),
                s.chainIndex(), at);
        items.addAll(stack.items());
        // the headline frame is used up either way; text that is not display type flows on past it
        slot = at + 1;
        pending = 0;
        return stack.paragraphs();
    }
}
