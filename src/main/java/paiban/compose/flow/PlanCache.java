package paiban.compose.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.TextFrame;
import paiban.model.story.Story;

/**
 * Frame plans by (page, frame, template): a page that did not change keeps
 * its plans. Plans not asked for during a whole composition are dropped, so
 * the cache holds one edition's worth.
 */
final class PlanCache {
    private record Key(Page page, TextFrame frame, PageTemplate template) {}

    private record ChainKey(String storyId, List<Object> tokens) {}

    private Map<Key, FramePlan> current = new HashMap<>();
    private Map<Key, FramePlan> previous = new HashMap<>();
    private Map<ChainKey, ChainPlan> chains = new HashMap<>();
    private Map<ChainKey, ChainPlan> previousChains = new HashMap<>();

    /** The story's chain unrolled; the same plan while its frames' plans are the same. */
    ChainPlan chain(Edition edition, Story story) {
        List<ChainPlan.Resolved> resolved = ChainPlan.resolve(edition, story, this);
        List<Object> tokens = new ArrayList<>(resolved.size());
        for (ChainPlan.Resolved r : resolved) tokens.add(r.token());
        ChainKey key = new ChainKey(story.id(), tokens);
        ChainPlan plan = chains.get(key);
        if (plan == null) {
            plan = previousChains.remove(key);
            if (plan == null) plan = new ChainPlan(story.chain().size(), resolved);
            chains.put(key, plan);
        }
        return plan;
    }

    FramePlan plan(Page page, TextFrame frame, PageTemplate t) {
        Key key = new Key(page, frame, t);
        FramePlan plan = current.get(key);
        if (plan == null) {
            plan = previous.remove(key);
            if (plan == null) plan = new FramePlan(page, frame, t);
            current.put(key, plan);
        }
        return plan;
    }

    /** Starts a whole composition: plans of the last one stay available until then. */
    void beginComposition() {
        previous = current;
        current = new HashMap<>();
        previousChains = chains;
        chains = new HashMap<>();
    }
}
