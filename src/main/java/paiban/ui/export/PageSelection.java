package paiban.ui.export;

import java.util.List;
import java.util.TreeSet;

import paiban.ui.Messages;

/** Reads the export dialog's page list, "1,3,5-8", as page numbers of an edition of {@code count} pages. */
public final class PageSelection {
    private PageSelection() {}

    /**
     * @return the numbers in ascending order, each once
     * @throws IllegalArgumentException with a message for the user naming the bad part
     */
    public static List<Integer> parse(String text, int count) {
        TreeSet<Integer> out = new TreeSet<>();
        String normalized = text == null ? "" : text.replace('，', ',').replace('、', ',').replace('－', '-')
                .replace('–', '-').replace('—', '-').replace('~', '-').replace('～', '-');
        for (String part : normalized.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            int dash = p.indexOf('-', 1);
            int from = number(dash < 0 ? p : p.substring(0, dash), p);
            int to = dash < 0 ? from : number(p.substring(dash + 1), p);
            if (to < from) throw new IllegalArgumentException(Messages.get("export.error.pageList", p));
            for (int n : new int[] {from, to}) {
                if (n < 1 || n > count) throw new IllegalArgumentException(Messages.get("export.error.pageRange", n, count));
            }
            for (int n = from; n <= to; n++) out.add(n);
        }
        if (out.isEmpty()) throw new IllegalArgumentException(Messages.get("export.error.pageList", text == null ? "" : text.strip()));
        return List.copyOf(out);
    }

    private static int number(String s, String part) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 4 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(Messages.get("export.error.pageList", part));
        }
        return Integer.parseInt(t);
    }
}
