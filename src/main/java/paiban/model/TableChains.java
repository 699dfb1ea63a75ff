package paiban.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import paiban.model.frame.Frame;
import paiban.model.frame.TableFrame;

/**
 * Table frames linked by {@link TableFrame#next()} (续表框, docs/tables.md):
 * a table taller than its frame continues in the next frame of its chain. A
 * {@code next} id names a table frame on the same page first, else the first
 * page in edition order that holds a table frame of that id.
 */
public final class TableChains {
    private TableChains() {}

    /** One frame of a chain and the page it is on. */
    public record Link(Page page, TableFrame frame) {}

    /** The table frame {@code from}'s {@code next} names, if there is one. */
    public static Optional<Link> next(Edition e, Page page, TableFrame from) {
        if (from.next().isEmpty()) return Optional.empty();
        Optional<Frame> here = page.frame(from.next());
        if (here.isPresent()) {
            return here.get() instanceof TableFrame t ? Optional.of(new Link(page, t)) : Optional.empty();
        }
        for (Page p : e.pages()) {
            if (p == page) continue;
            Optional<Frame> f = p.frame(from.next());
            if (f.isPresent() && f.get() instanceof TableFrame t) return Optional.of(new Link(p, t));
        }
        return Optional.empty();
    }

    /** The frame whose {@code next} leads to {@code to}, if any (the first in page order). */
    public static Optional<Link> previous(Edition e, Page page, TableFrame to) {
        for (Page p : e.pages()) {
            for (Frame f : p.frames()) {
                if (f instanceof TableFrame t && t != to && t.next().equals(to.id())) {
                    Optional<Link> n = next(e, p, t);
                    if (n.isPresent() && n.get().frame() == to) return Optional.of(new Link(p, t));
                }
            }
        }
        return Optional.empty();
    }

    /** The whole chain {@code frame} belongs to, its first frame (which holds the data) first; a cycle is cut. */
    public static List<Link> chainOf(Edition e, Page page, TableFrame frame) {
        Set<TableFrame> seen = new HashSet<>();
        Link head = new Link(page, frame);
        seen.add(frame);
        for (Optional<Link> p = previous(e, page, frame); p.isPresent(); p = previous(e, p.get().page(), p.get().frame())) {
            if (!seen.add(p.get().frame())) break;
            head = p.get();
        }
        List<Link> chain = new ArrayList<>();
        Set<TableFrame> onChain = new HashSet<>();
        for (Optional<Link> l = Optional.of(head); l.isPresent(); l = next(e, l.get().page(), l.get().frame())) {
            if (!onChain.add(l.get().frame())) break;
            chain.add(l.get());
        }
        return chain;
    }

    /**
     * Why the table frame {@code from}'s {@code next} cannot stand, or empty when it can: it names no
     * frame, a frame that is not a table, or leads back to {@code from}.
     */
    public static Optional<String> problem(Edition e, Page page, TableFrame from) {
        if (from.next().isEmpty()) return Optional.empty();
        Optional<Frame> here = page.frame(from.next());
        if (here.isPresent() && !(here.get() instanceof TableFrame)) {
            return Optional.of("\"" + from.next() + "\" is a " + here.get().kind() + " frame, not a table frame");
        }
        Optional<Link> n = next(e, page, from);
        if (n.isEmpty()) return Optional.of("there is no table frame \"" + from.next() + "\" to continue in");
        Set<TableFrame> seen = new HashSet<>();
        seen.add(from);
        for (Optional<Link> l = n; l.isPresent(); l = next(e, l.get().page(), l.get().frame())) {
            if (!seen.add(l.get().frame())) {
                return Optional.of("continuing in \"" + from.next() + "\" makes a loop: the chain comes back to \""
                        + l.get().frame().id() + "\"");
            }
        }
        return Optional.empty();
    }
}
