package paiban.compose.flow;

import java.util.HashMap;
import java.util.Map;

import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.TextFrame;

/**
 * Frame plans by (page, frame, template): a page that did not change keeps
 * its plans. Plans not asked for during a whole composition are dropped, so
 * the cache holds one edition's worth.
 */
final class PlanCache {
    private record Key(Page page, TextFrame frame, PageTemplate template) {}

    private Map<Key, FramePlan> current = new HashMap<>();
    private Map<Key, FramePlan> previous = new HashMap<>();

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
    }
}
