package paiban.compose.jump;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jump lines waiting for page names, by the page they refer to. Like an id
 * tracker for forward references: flow registers, pagination resolves.
 */
public final class JumpTracker {
    private final Map<String, List<JumpLine>> waiting = new LinkedHashMap<>();

    public void register(JumpLine jump) {
        waiting.computeIfAbsent(jump.targetId(), k -> new ArrayList<>()).add(jump);
    }

    /** Page ids that some jump line names. */
    public List<String> referencedPages() {
        return List.copyOf(waiting.keySet());
    }

    public List<JumpLine> waitingFor(String pageId) {
        return List.copyOf(waiting.getOrDefault(pageId, List.of()));
    }

    public List<JumpLine> all() {
        List<JumpLine> out = new ArrayList<>();
        waiting.values().forEach(out::addAll);
        return out;
    }
}
