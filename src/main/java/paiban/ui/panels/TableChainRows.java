package paiban.ui.panels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import paiban.edit.ReplaceFrame;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.TableChains;
import paiban.model.frame.Frame;
import paiban.model.frame.TableFrame;
import paiban.ui.Messages;

/**
 * The 续表框 row of the 表格 section: the table frame the table continues in
 * (docs/tables.md), chosen from the edition's table frames that it can reach
 * and that would make no loop and are not continued from another table.
 * One change (ReplaceFrame) an edit.
 */
final class TableChainRows {
    private TableChainRows() {}

    static List<PropertyRow> of(Edition e, String pid, TableFrame f) {
        Page page = e.page(pid).orElseThrow();
        Map<String, String> choices = choices(e, page, f);
        String none = Messages.get("prop.table.next.none");
        String current = none;
        for (Map.Entry<String, String> c : choices.entrySet()) if (c.getValue().equals(f.next())) current = c.getKey();
        if (!f.next().isEmpty() && current.equals(none)) current = f.next();
        List<String> labels = new ArrayList<>();
        labels.add(none);
        labels.addAll(choices.keySet());
        return List.of(new PropertyRow(Messages.get("prop.table"), Messages.get("prop.table.next"), String.class, current,
                v -> {
                    String label = v.toString();
                    if (label.equals(none)) return new ReplaceFrame(pid, f.withNext(""));
                    String id = choices.get(label);
                    if (id == null) throw new RefusedValue(Messages.get("prop.refused.table.next", label));
                    return new ReplaceFrame(pid, f.withNext(id));
                }).choices(labels, false));
    }

    /** Label (the id, with the page's label when on another page) to frame id, in page order. */
    static Map<String, String> choices(Edition e, Page page, TableFrame f) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Page p : e.pages()) {
            for (Frame fr : p.frames()) {
                if (!(fr instanceof TableFrame t) || t == f) continue;
                TableFrame linked = f.withNext(t.id());
                // the id must lead to this very frame from here, make no loop, and not be another table's continuation
                var reached = TableChains.next(e, page, linked);
                if (reached.isEmpty() || reached.get().frame() != t) continue;
                Edition tried = e.withPages(replaced(e, page, f, linked));
                if (TableChains.problem(tried, tried.page(page.id()).orElseThrow(), linked).isPresent()) continue;
                var before = TableChains.previous(e, p, t);
                if (before.isPresent() && before.get().frame() != f) continue;
                out.put(p == page ? t.id() : t.id() + "（" + (p.label().isBlank() ? p.id() : p.label()) + "）", t.id());
            }
        }
        return out;
    }

    private static List<Page> replaced(Edition e, Page page, TableFrame f, TableFrame with) {
        List<Page> pages = new ArrayList<>();
        for (Page p : e.pages()) pages.add(p == page ? p.withFrame(with) : p);
        return pages;
    }
}
