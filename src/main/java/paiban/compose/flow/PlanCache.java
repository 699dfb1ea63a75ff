package paiban.compose.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;

/**
 * Frame plans by what they are made of (the frame, its template, whether it is
 * turned, the runaround rectangles that reach it): a frame whose page changed
 * elsewhere keeps its plan, and so the stories through it keep their flow.
 * Each composition is a generation; plans neither asked for nor
 * {@linkplain #retain retained} during the last one are dropped once the cache
 * has grown to twice what a composition uses, so it holds about one edition's worth.
 */
final class PlanCache {
    private record Key(TextFrame frame, PageTemplate template, boolean turned, List<Rect> wraps) {}

    /** The chain's frame references are part of the key: plans hold no page, so equal frames on two pages share one. */
    private record ChainKey(String storyId, List<FrameRef> chain, List<Object> tokens) {}

    private final Map<Key, FramePlan> plans = new HashMap<>();
    private final Map<ChainKey, ChainPlan> chains = new HashMap<>();
    private int generation;
    /** Entries after the last sweep: the next sweep waits until there are twice as many. */
    private int swept;

    /** The story's chain unrolled; the same plan while its frames' plans are the same. */
    ChainPlan chain(Edition edition, Story story) {
        List<ChainPlan.Resolved> resolved = ChainPlan.resolve(edition, story, this);
        List<Object> tokens = new ArrayList<>(resolved.size());
        for (ChainPlan.Resolved r : resolved) tokens.add(r.token());
        ChainKey key = new ChainKey(story.id(), story.chain(), tokens);
        ChainPlan plan = chains.get(key);
        if (plan == null) {
            plan = new ChainPlan(story.chain().size(), resolved);
            chains.put(key, plan);
        }
        plan.used = generation;
        return plan;
    }

    FramePlan plan(Page page, TextFrame frame, PageTemplate t) {
        boolean turned = page.frame(frame.id()).map(VerticalFrames::vertical).orElse(false);
        WrapArea wraps = FramePlan.wraps(page, frame, t);
        Key key = new Key(frame, t, turned, wraps.rects());
        FramePlan plan = plans.get(key);
        if (plan == null) {
            plan = new FramePlan(frame, t, turned, wraps);
            plans.put(key, plan);
        }
        plan.used = generation;
        return plan;
    }

    /** Keeps a chain plan used again without asking (its pages did not change), with its frames' plans. */
    void retain(ChainPlan plan) {
        plan.used = generation;
        for (ChainPlan.Link link : plan.links) if (link.plan() != null) link.plan().used = generation;
    }

    /** Starts a composition: what the last one used stays; older entries go when the cache has doubled. */
    void beginComposition() {
        int size = plans.size() + chains.size();
        if (size > 2 * swept + 64) {
            int keep = generation;
            plans.values().removeIf(p -> p.used < keep);
            chains.values().removeIf(c -> c.used < keep);
            swept = plans.size() + chains.size();
        }
        generation++;
    }
}
