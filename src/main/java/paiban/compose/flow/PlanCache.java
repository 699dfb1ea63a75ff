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
 * Plans not asked for (or {@linkplain #retain retained}) during a composition
 * are dropped at the next, so the cache holds one edition's worth.
 */
final class PlanCache {
    private record Key(TextFrame frame, PageTemplate template, boolean turned, List<Rect> wraps) {}

    /** The chain's frame references are part of the key: plans hold no page, so equal frames on two pages share one. */
    private record ChainKey(String storyId, List<FrameRef> chain, List<Object> tokens) {}

    private Map<Key, FramePlan> current = new HashMap<>();
    private Map<Key, FramePlan> previous = new HashMap<>();
    private Map<ChainKey, ChainPlan> chains = new HashMap<>();
    private Map<ChainKey, ChainPlan> previousChains = new HashMap<>();
    /** The key each plan was filed under, for {@link #retain}. */
    private final Map<FramePlan, Key> keyOfPlan = new java.util.IdentityHashMap<>();
    private final Map<ChainPlan, ChainKey> keyOfChain = new java.util.IdentityHashMap<>();

    /** The story's chain unrolled; the same plan while its frames' plans are the same. */
    ChainPlan chain(Edition edition, Story story) {
        List<ChainPlan.Resolved> resolved = ChainPlan.resolve(edition, story, this);
        List<Object> tokens = new ArrayList<>(resolved.size());
        for (ChainPlan.Resolved r : resolved) tokens.add(r.token());
        ChainKey key = new ChainKey(story.id(), story.chain(), tokens);
        ChainPlan plan = chains.get(key);
        if (plan == null) {
            plan = previousChains.remove(key);
            if (plan == null) {
                plan = new ChainPlan(story.chain().size(), resolved);
                keyOfChain.put(plan, key);
            }
            chains.put(key, plan);
        }
        return plan;
    }

    FramePlan plan(Page page, TextFrame frame, PageTemplate t) {
        boolean turned = page.frame(frame.id()).map(VerticalFrames::vertical).orElse(false);
        WrapArea wraps = FramePlan.wraps(page, frame, t);
        Key key = new Key(frame, t, turned, wraps.rects());
        FramePlan plan = current.get(key);
        if (plan == null) {
            plan = previous.remove(key);
            if (plan == null) {
                plan = new FramePlan(frame, t, turned, wraps);
                keyOfPlan.put(plan, key);
            }
            current.put(key, plan);
        }
        return plan;
    }

    /** Keeps a chain plan used again without asking (its pages did not change), with its frames' plans. */
    void retain(ChainPlan plan) {
        ChainKey key = keyOfChain.get(plan);
        if (key == null) return;
        previousChains.remove(key);
        chains.put(key, plan);
        for (ChainPlan.Link link : plan.links) {
            if (link.plan() == null) continue;
            Key k = keyOfPlan.get(link.plan());
            if (k == null) continue;
            previous.remove(k);
            current.put(k, link.plan());
        }
    }

    /** Starts a composition: plans of the last one stay available until then. */
    void beginComposition() {
        for (FramePlan p : previous.values()) keyOfPlan.remove(p);
        for (ChainPlan c : previousChains.values()) keyOfChain.remove(c);
        previous = current;
        current = new HashMap<>();
        previousChains = chains;
        chains = new HashMap<>();
    }
}
