package paiban.preflight;

import java.util.List;

import paiban.compose.line.ParagraphSetter;
import paiban.compose.table.TableChainComposer;
import paiban.compose.table.TableComposer;
import paiban.model.TableChains;
import paiban.compose.table.TableLayout;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.Frame;
import paiban.model.frame.TableFrame;

/**
 * Tables: rows that fit none of the frame's columns (超 N 行, an error: they
 * would not be printed), and a table wider than the text column it is set in
 * (a warning: it runs over its neighbour).
 */
final class TableCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        TableChainComposer composer = new TableChainComposer(new TableComposer(new ParagraphSetter(ctx.fonts)));
        for (Page page : ctx.edition.pages()) {
            PageTemplate t = ctx.edition.templateOf(page);
            for (Frame f : page.frames()) {
                if (!(f instanceof TableFrame tf)) continue;
                // a frame of a chain (续表框) is set with its chain: only the last one reports overset rows
                TableLayout tl = composer.compose(ctx.edition, TableChains.chainOf(ctx.edition, page, tf)).get(tf);
                if (tl.oversetRows() > 0) {
                    out.add(ctx.finding(Severity.ERROR, "table-overset", "table-overset", page.id(), f.id(), "",
                            f.id(), tl.oversetRows()));
                }
                int width = tf.columns().stream().mapToInt(c -> c.resolve(t.bodySize())).sum();
                if (width > tf.columnWidth()) {
                    out.add(ctx.finding(Severity.WARNING, "table-width", "table-width", page.id(), f.id(), "",
                            f.id(), ColumnWidthCheck.chars((double) width / t.bodySize()),
                            ColumnWidthCheck.chars((double) tf.columnWidth() / t.bodySize())));
                }
            }
        }
    }
}
