package paiban.compose.table;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import paiban.model.Edition;
import paiban.model.TableChains;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableFrame;

/**
 * Sets a chain of table frames (续表框, docs/tables.md): the first frame holds
 * the table and sets what fits; each next frame sets the body rows left over,
 * the header rows repeated, in its own place, text columns and gap (its own
 * rows are ignored). Only the last frame of the chain reports overset rows.
 */
public final class TableChainComposer {
    private static final System.Logger LOG = paiban.log.Log.of(TableChainComposer.class);
    private final TableComposer composer;

    public TableChainComposer(TableComposer composer) {
        this.composer = composer;
    }

    /** The layout of every frame of {@code chain} (head first), by frame. */
    public Map<TableFrame, TableLayout> compose(Edition edition, List<TableChains.Link> chain) {
        Map<TableFrame, TableLayout> out = new IdentityHashMap<>();
        TableFrame data = chain.get(0).frame();
        int header = data.headerRows();
        int n = data.rows().size();
        int start = header;
        for (int i = 0; i < chain.size(); i++) {
            TableChains.Link link = chain.get(i);
            TableFrame here = link.frame();
            boolean last = i == chain.size() - 1;
            TableLayout l;
            if (i == 0) {
                l = composer.compose(data, edition.templateOf(link.page()), edition.styles());
            } else {
                List<List<TableCell>> rows = new ArrayList<>(data.rows().subList(0, header));
                rows.addAll(data.rows().subList(Math.min(start, n), n));
                TableFrame part;
                try {
                    part = data.withRows(rows, header).withBounds(here.bounds())
                            .withTextColumns(here.textColumns(), here.gap());
                } catch (IllegalArgumentException e) {
                    // a header cell reaching into the body cannot be cut here: the rest stays overset
                    LOG.log(System.Logger.Level.DEBUG, "table " + data.id() + " not cut at row " + start, e);
                    out.put(here, new TableLayout(List.of(), List.of(here.bounds()), List.of(), 0,
                            last ? Math.max(0, n - start) : 0, 0, 0, List.of()));
                    continue;
                }
                l = shifted(composer.compose(part, edition.templateOf(link.page()), edition.styles()), header,
                        start - header);
            }
            start += l.rowsSet();
            if (!last) {
                l = new TableLayout(l.marks(), l.columns(), l.segments(), l.rowsSet(), 0, l.linesUsed(),
                        l.linesLeft(), l.cells());
            }
            out.put(here, l);
        }
        return out;
    }

    /** Cell boxes of a continuation numbered as rows of the whole table: body rows moved down by {@code by}. */
    private static TableLayout shifted(TableLayout l, int header, int by) {
        if (by == 0) return l;
        List<TableLayout.CellBox> cells = new ArrayList<>(l.cells().size());
        for (TableLayout.CellBox c : l.cells()) {
            cells.add(c.row() < header ? c : new TableLayout.CellBox(c.row() + by, c.col(), c.lastRow() + by,
                    c.lastCol(), c.box()));
        }
        return new TableLayout(l.marks(), l.columns(), l.segments(), l.rowsSet(), l.oversetRows(), l.linesUsed(),
                l.linesLeft(), cells);
    }
}
