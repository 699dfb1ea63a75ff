package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;

/**
 * A story's chain unrolled into the slots text fills, in order: each text
 * frame column by column, top to bottom; a headline frame as one slot. Chain
 * frames on one page in a row form a part; when the next part is on another
 * page, the last usable slot of the part is reserved for the 下转 line.
 */
final class ChainPlan {
    /** A frame of the chain as the flow sees it. */
    /** {@code frame} is the one the flow sets: a vertical frame turned 90° ({@link VerticalFrames}), flagged {@code vertical}. */
    record Link(int index, FrameRef ref, Page page, PageTemplate template, Frame frame, FramePlan plan, int part,
                boolean vertical) {
        /** The frame's key in layout maps, {@link StoryOutput#key}. */
        String key() { return StoryOutput.key(page.id(), frame.id()); }
    }

    final List<Link> links;
    final List<Slot> slots;
    /** Per part: first slot index. */
    final int[] partStart;
    /** Per part: index after its last slot. */
    final int[] partEnd;
    /** Per part: the slot reserved for 下转, or -1 (the last part, or no usable slot). */
    final int[] reserved;
    /** The page id of each part (a part may have no slots, when none of its frames holds a grid line). */
    final String[] partPage;
    final List<String> problems;
    /** The {@link PlanCache} generation that last used this plan. */
    int used;
    private final Link[] byIndex;
    private final String[] keys;

    /** A chain link resolved against the edition: its page, frame and plan, or why it holds no text. */
    record Resolved(int index, FrameRef ref, Page page, PageTemplate template, Frame frame, FramePlan plan, String problem) {
        /** What the unrolled slots depend on: the (cached, identical while unchanged) frame plan, or the headline frame. */
        Object token() {
            if (problem != null) return problem;
            if (plan != null) return plan;
            return List.of(page.id(), frame, template);
        }
    }

    static List<Resolved> resolve(Edition edition, Story story, PlanCache cache) {
        List<Resolved> out = new ArrayList<>(story.chain().size());
        for (int i = 0; i < story.chain().size(); i++) {
            FrameRef ref = story.chain().get(i);
            Page page = edition.page(ref.pageId()).orElse(null);
            Frame frame = page == null ? null : page.frame(ref.frameId()).orElse(null);
            if (frame == null) {
                out.add(new Resolved(i, ref, page, null, null, null, "story " + story.id() + ": chain frame "
                        + ref.frameId() + " on page " + ref.pageId() + " does not exist"));
            } else if (!(frame instanceof TextFrame) && !(frame instanceof HeadlineFrame)) {
                out.add(new Resolved(i, ref, page, null, frame, null, "story " + story.id() + ": chain frame "
                        + ref.frameId() + " is a " + frame.kind() + " frame and holds no text"));
            } else {
                PageTemplate t = edition.templateOf(page);
                frame = VerticalFrames.turned(t, frame);
                FramePlan plan = frame instanceof TextFrame tf ? cache.plan(page, tf, t) : null;
                out.add(new Resolved(i, ref, page, t, frame, plan, null));
            }
        }
        return out;
    }

    ChainPlan(int chainSize, List<Resolved> chain) {
        List<Link> ls = new ArrayList<>();
        List<Slot> ss = new ArrayList<>();
        List<String> probs = new ArrayList<>();
        List<int[]> parts = new ArrayList<>();
        List<String> pagesOfParts = new ArrayList<>();
        String lastPage = null;
        int column = 0;
        for (Resolved r : chain) {
            int i = r.index();
            FrameRef ref = r.ref();
            Page page = r.page();
            Frame frame = r.frame();
            if (r.problem() != null) {
                probs.add(r.problem());
                continue;
            }
            if (!page.id().equals(lastPage)) {
                if (!parts.isEmpty()) parts.get(parts.size() - 1)[1] = ss.size();
                parts.add(new int[] {ss.size(), ss.size()});
                pagesOfParts.add(page.id());
                lastPage = page.id();
            }
            int part = parts.size() - 1;
            PageTemplate t = r.template();
            if (frame instanceof TextFrame) {
                FramePlan plan = r.plan();
                ls.add(new Link(i, ref, page, t, frame, plan, part, plan.turned));
                for (int[][] col : plan.lines) {
                    for (int[] row : col) ss.add(new Slot(i, part, column, row[0], row[1], row[2], row[3], false));
                    column++;
                }
            } else {
                ls.add(new Link(i, ref, page, t, frame, null, part,
                        page.frame(frame.id()).map(VerticalFrames::vertical).orElse(false)));
                Rect area = ((HeadlineFrame) frame).textArea();
                ss.add(new Slot(i, part, column++, -1, area.x(), area.width(),
                        area.width(), true));
            }
        }
        if (!parts.isEmpty()) parts.get(parts.size() - 1)[1] = ss.size();
        this.links = List.copyOf(ls);
        this.byIndex = new Link[chainSize];
        this.keys = new String[chainSize];
        for (Link l : ls) {
            byIndex[l.index()] = l;
            keys[l.index()] = l.key();
        }
        this.slots = List.copyOf(ss);
        this.problems = List.copyOf(probs);
        int n = parts.size();
        partStart = new int[n];
        partEnd = new int[n];
        reserved = new int[n];
        partPage = pagesOfParts.toArray(new String[0]);
        for (int p = 0; p < n; p++) {
            partStart[p] = parts.get(p)[0];
            partEnd[p] = parts.get(p)[1];
            reserved[p] = -1;
            if (p + 1 < n) {
                for (int s = partEnd[p] - 1; s >= partStart[p]; s--) {
                    if (slots.get(s).usable()) { reserved[p] = s; break; }
                }
            }
        }
    }

    int parts() { return partStart.length; }

    Link link(int chainIndex) {
        return byIndex[chainIndex];
    }

    /** Layout key of the frame at a chain index. */
    String key(int chainIndex) {
        return keys[chainIndex];
    }

    /** Index after the slots text may use in the part: the reserved 下转 slot and what follows are not. */
    int textEnd(int part) {
        return reserved[part] >= 0 ? reserved[part] : partEnd[part];
    }
}
