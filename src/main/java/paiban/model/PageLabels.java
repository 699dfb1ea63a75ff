package paiban.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Page labels that count with the pages. A run of labels with one prefix
 * that counts up by one in page order ("01 02 03", "A01 A02 A03") is the
 * paper's numbering, so when pages move, come or go it is counted again in
 * the new order, from the same first number and with the same zero padding;
 * a new page without a label joins the run of the page before it (or after
 * it, at the front). Labels set by hand out of order stay as they are.
 */
public final class PageLabels {
    private PageLabels() {}

    /** A label split into prefix and number: "A03" → ("A", 3, width 2). */
    record Parsed(String prefix, int number, int width) {
        static Parsed of(String label) {
            int i = label.length();
            while (i > 0 && Character.isDigit(label.charAt(i - 1)) && label.charAt(i - 1) < 128) i--;
            if (i == label.length() || label.length() - i > 6) return null;
            return new Parsed(label.substring(0, i), Integer.parseInt(label.substring(i)), label.length() - i);
        }

        String label(int n) {
            String digits = Integer.toString(n);
            return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
        }
    }

    /**
     * {@code after}, the pages of {@code before} moved, added or removed, with
     * the counting runs of {@code before} counted again in the new order.
     */
    public static List<Page> follow(List<Page> before, List<Page> after) {
        Map<String, Parsed> runs = countingRuns(before);
        if (runs.isEmpty()) return after;
        Set<String> old = new HashSet<>();
        for (Page p : before) old.add(p.id());
        // the run each page counts in, null for none
        String[] run = new String[after.size()];
        for (int i = 0; i < run.length; i++) run[i] = runOf(runs, after.get(i).label());
        for (int i = 0; i < run.length; i++) {
            Page p = after.get(i);
            boolean joins = !old.contains(p.id()) && p.label().isBlank();
            int neighbour = i > 0 ? i - 1 : i + 1;
            if (joins && neighbour < run.length) run[i] = runOf(runs, after.get(neighbour).label());
        }
        Map<String, Integer> next = new HashMap<>();
        List<Page> pages = new ArrayList<>(after);
        for (int i = 0; i < run.length; i++) {
            if (run[i] == null) continue;
            Parsed first = runs.get(run[i]);
            String label = first.label(next.merge(run[i], 1, Integer::sum) - 1 + first.number());
            if (!label.equals(pages.get(i).label())) pages.set(i, pages.get(i).withLabel(label));
        }
        return pages;
    }

    private static String runOf(Map<String, Parsed> runs, String label) {
        Parsed p = Parsed.of(label);
        return p != null && runs.containsKey(p.prefix()) ? p.prefix() : null;
    }

    /** Prefix → the run's first number and width, for every prefix whose labels count up by one in page order. */
    static Map<String, Parsed> countingRuns(List<Page> pages) {
        Map<String, List<Parsed>> byPrefix = new LinkedHashMap<>();
        for (Page p : pages) {
            Parsed parsed = Parsed.of(p.label());
            if (parsed != null) byPrefix.computeIfAbsent(parsed.prefix(), k -> new ArrayList<>()).add(parsed);
        }
        Map<String, Parsed> runs = new LinkedHashMap<>();
        for (var e : byPrefix.entrySet()) {
            List<Parsed> labels = e.getValue();
            boolean counting = true;
            int width = 0;
            for (int i = 0; i < labels.size(); i++) {
                counting &= labels.get(i).number() == labels.get(0).number() + i;
                width = Math.max(width, labels.get(i).width());
            }
            if (counting) runs.put(e.getKey(), new Parsed(e.getKey(), labels.get(0).number(), width));
        }
        return runs;
    }
}
