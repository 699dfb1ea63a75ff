package paiban.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import paiban.model.Page;

/**
 * The page labels as they were before a page came, went or moved, kept by the
 * change that undoes it: counting labels are counted again on every such
 * change, and counting again does not always give back labels set by hand.
 */
final class KeptLabels {
    private KeptLabels() {}

    /** Page id → label, in page order. */
    static Map<String, String> of(List<Page> pages) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Page p : pages) labels.put(p.id(), p.label());
        return labels;
    }

    /** {@code pages} with the labels of {@code kept} put back; an empty map (count again) leaves them. */
    static List<Page> put(List<Page> pages, Map<String, String> kept) {
        if (kept.isEmpty()) return pages;
        List<Page> out = new ArrayList<>(pages.size());
        for (Page p : pages) {
            String label = kept.get(p.id());
            out.add(label == null || label.equals(p.label()) ? p : p.withLabel(label));
        }
        return out;
    }
}
