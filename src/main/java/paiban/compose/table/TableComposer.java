package paiban.compose.table;

import java.util.ArrayList;
import java.util.List;

import paiban.compose.line.ComposedLine;
import paiban.compose.line.ParagraphSetter;
import paiban.layout.BoxMark;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.RuleMark;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableGrid;
import paiban.model.frame.TableRule;
import paiban.model.frame.TableRuleKind;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/**
 * Sets a table frame on the page grid (docs/tables.md). Every row is a whole
 * number of grid lines, its text on the same baselines as body text; cell
 * text is set by the clreq line composer; decimal columns line up on the
 * point. Rows run down the frame's first text column and continue in the
 * next with the header rows repeated; rows that fit no column are overset.
 */
public final class TableComposer {
    /** Ascent share of the ideographic em box, thousandths: the same as the body text's baseline rule. */
    static final int EM_ASCENT = 880;

    private final ParagraphSetter setter;

    public TableComposer(ParagraphSetter setter) {
        this.setter = setter;
    }

    private record Cell(TableGrid.Placed at, CellText text, CellAlign align, int x, int width) {}

    public TableLayout compose(TableFrame t, PageTemplate tpl, StyleSheet sheet) {
        int pitch = tpl.pitch();
        int n = t.rows().size();
        int cols = t.columns().size();
        int[] colX = new int[cols + 1];
        for (int c = 0; c < cols; c++) colX[c + 1] = colX[c] + t.columns().get(c).resolve(tpl.bodySize());
        int pad = t.padding();

        List<Cell> cells = new ArrayList<>();
        for (TableGrid.Placed p : t.grid().cells()) {
            TableCell cell = p.cell();
            boolean header = p.row() < t.headerRows();
            TableColumn column = t.columns().get(p.col());
            String styleName = !cell.style().isEmpty() ? cell.style()
                    : header ? t.headerStyle() : column.style().isEmpty() ? t.bodyStyle() : column.style();
            ParagraphStyle style = sheet.paragraph(styleName);
            CellAlign align = cell.align() != null ? cell.align() : header ? CellAlign.CENTER : column.align();
            int x = colX[p.col()];
            int w = colX[p.lastCol() + 1] - x;
            cells.add(new Cell(p, CellText.set(setter, cell.text(), style, sheet, w - 2 * pad), align, x, w));
        }

        // row heights in whole grid lines: one-row cells first, then rows stretched for cells spanning several
        int[] lines = new int[n];
        java.util.Arrays.fill(lines, 1);
        for (Cell c : cells) {
            if (c.at().cell().rowSpan() == 1) lines[c.at().row()] = Math.max(lines[c.at().row()], needed(c, pad, pitch));
        }
        for (Cell c : cells) {
            int last = Math.min(c.at().lastRow(), n - 1);
            if (last == c.at().row()) continue;
            int have = 0;
            for (int r = c.at().row(); r <= last; r++) have += lines[r];
            int need = needed(c, pad, pitch);
            if (need > have) lines[last] += need - have;
        }

        int[] decimalShift = decimalShifts(t, cells, pad);

        // which cell covers each slot, and the rows that must stay together: a block ends where no cell spans past it
        int[][] owner = new int[n][cols];
        int[] reach = new int[n];
        for (int r = 0; r < n; r++) reach[r] = r;
        for (int i = 0; i < cells.size(); i++) {
            TableGrid.Placed p = cells.get(i).at();
            int last = Math.min(p.lastRow(), n - 1);
            reach[p.row()] = Math.max(reach[p.row()], last);
            for (int r = p.row(); r <= last; r++) for (int c = p.col(); c <= p.lastCol(); c++) owner[r][c] = i + 1;
        }
        int[] blockEnd = new int[n];
        for (int r = 0; r < n; ) {
            int end = reach[r];
            for (int k = r; k <= end; k++) end = Math.max(end, reach[k]);
            for (int k = r; k <= end; k++) blockEnd[k] = end;
            r = end + 1;
        }

        // the frame's text columns and grid lines
        Rect b = t.bounds();
        int colWidth = t.columnWidth();
        int first = Math.max(0, ceilDiv(b.y() - tpl.lineTop(0), pitch));
        int avail = 0;
        while (tpl.lineTop(first + avail) + tpl.bodySize() <= b.bottom()) avail++;
        int halfLead = (pitch - tpl.bodySize()) / 2;
        int top = tpl.lineTop(first) - halfLead;
        List<Rect> columns = new ArrayList<>();
        for (int k = 0; k < t.textColumns(); k++) {
            columns.add(new Rect(b.x() + k * (colWidth + t.gap()), b.y(), colWidth, b.height()));
        }

        int headerLines = 0;
        for (int r = 0; r < t.headerRows(); r++) headerLines += lines[r];
        List<Mark> shades = new ArrayList<>(), texts = new ArrayList<>(), rules = new ArrayList<>(), outers = new ArrayList<>();
        List<Rect> segments = new ArrayList<>();
        List<TableLayout.CellBox> boxes = new ArrayList<>();
        int next = t.headerRows();
        int used = 0, left = 0, rowsSet = 0;
        for (int k = 0; k < t.textColumns() && (next < n || k == 0); k++) {
            // rows of this column: the header, then whole blocks while they fit
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < t.headerRows(); r++) rows.add(r);
            int lineCount = headerLines;
            boolean anyBody = false;
            while (next < n) {
                int end = blockEnd[next];
                int block = 0;
                for (int r = next; r <= end; r++) block += lines[r];
                if (lineCount + block > avail) break;
                for (int r = next; r <= end; r++) rows.add(r);
                lineCount += block;
                rowsSet += end - next + 1;
                next = end + 1;
                anyBody = true;
            }
            if (!anyBody && t.headerRows() > 0 && next < n && k > 0) break; // nothing but a header: leave the column empty
            int x0 = columns.get(k).x();
            int[] rowTop = new int[n];
            int[] rowBottom = new int[n];
            boolean[] here = new boolean[n];
            int y = top;
            for (int r : rows) {
                here[r] = true;
                rowTop[r] = y;
                y += lines[r] * pitch;
                rowBottom[r] = y;
            }
            used += lineCount;
            left = Math.max(0, avail - lineCount);
            if (rows.isEmpty()) continue;
            Rect seg = new Rect(x0, top, colX[cols], y - top);
            segments.add(seg);
            if (t.headerShade() != null && t.headerRows() > 0) {
                shades.add(new BoxMark(new Rect(x0, top, colX[cols], rowBottom[t.headerRows() - 1] - top),
                        t.headerShade(), null, 0));
            }
            for (Cell c : cells) {
                if (!here[c.at().row()]) continue;
                int last = Math.min(c.at().lastRow(), n - 1);
                while (last > c.at().row() && !here[last]) last--;
                placeText(c, x0 + c.x() + pad, rowTop[c.at().row()], rowBottom[last], pitch,
                        decimalShift[c.at().col()], texts);
                boxes.add(new TableLayout.CellBox(c.at().row(), c.at().col(), Math.min(c.at().lastRow(), n - 1),
                        c.at().lastCol(), new Rect(x0 + c.x(), rowTop[c.at().row()], c.width(),
                        rowBottom[last] - rowTop[c.at().row()])));
            }
            innerRules(t, owner, rows, rowTop, rowBottom, x0, colX, rules);
            outer(t.outer(), seg, outers);
        }
        List<Mark> marks = new ArrayList<>(shades);
        marks.addAll(texts);
        marks.addAll(rules);
        marks.addAll(outers);
        return new TableLayout(marks, columns, segments, rowsSet, n - next, used, left, boxes);
    }

    private static int needed(Cell c, int pad, int pitch) {
        int h = c.text().blockHeight(pitch) + 2 * pad;
        return Math.max(1, ceilDiv(h, pitch));
    }

    private static int ceilDiv(int a, int b) {
        return a <= 0 ? 0 : (a + b - 1) / b;
    }

    /**
     * For each decimal column, how far to move its one-line numbers so their points line up and
     * the longest part after the point ends at the cell's right padding.
     */
    private static int[] decimalShifts(TableFrame t, List<Cell> cells, int pad) {
        int cols = t.columns().size();
        int[] after = new int[cols];
        int[] inner = new int[cols];
        for (Cell c : cells) {
            if (c.align() != CellAlign.DECIMAL || c.at().cell().colSpan() != 1) continue;
            int p = c.text().point();
            if (p < 0) continue;
            int col = c.at().col();
            after[col] = Math.max(after[col], c.text().lines.get(0).contentEnd() - p);
            inner[col] = c.text().width;
        }
        int[] anchor = new int[cols];
        for (int col = 0; col < cols; col++) anchor[col] = inner[col] - after[col];
        return anchor;
    }

    private static void placeText(Cell c, int x, int bandTop, int bandBottom, int pitch, int anchor, List<Mark> out) {
        CellText text = c.text();
        if (text.lines.isEmpty()) return;
        int size = text.style.size();
        int blockTop = bandTop + (bandBottom - bandTop - text.blockHeight(pitch)) / 2;
        int ascent = (int) Math.round(size * EM_ASCENT / 1000.0);
        int decimal = 0;
        if (c.align() == CellAlign.DECIMAL) {
            int p = text.point();
            decimal = p < 0 ? 0 : Math.max(anchor - p, 0);
        }
        CellAlign align = c.align() == CellAlign.DECIMAL && text.point() < 0 ? CellAlign.RIGHT : c.align();
        for (int i = 0; i < text.lines.size(); i++) {
            ComposedLine line = text.lines.get(i);
            int shift = text.shift(i, align, decimal);
            List<GlyphRun> runs = new ArrayList<>(line.runs().size());
            for (GlyphRun r : line.runs()) {
                int[] xs = r.xs().clone();
                for (int g = 0; g < xs.length; g++) xs[g] += shift;
                runs.add(r.withXs(xs));
            }
            int baseline = blockTop + ascent + i * text.lead(pitch);
            out.add(new LineBox(x, baseline, line.width(), runs, "", -1, line.start(), line.end()));
        }
    }

    /** Lines between rows and between columns, broken where a merged cell spans across them. */
    private static void innerRules(TableFrame t, int[][] owner, List<Integer> rows, int[] rowTop, int[] rowBottom,
                                   int x0, int[] colX,
                                   List<Mark> out) {
        int cols = t.columns().size();
        // between consecutive rows of this column segment
        for (int i = 1; i < rows.size(); i++) {
            int above = rows.get(i - 1), below = rows.get(i);
            TableRule rule = below == t.headerRows() ? t.headerRule() : t.rowRules();
            if (!rule.drawn()) continue;
            boolean[] crossed = new boolean[cols];
            for (int k = 0; k < cols; k++) crossed[k] = owner[above][k] != 0 && owner[above][k] == owner[below][k];
            int y = rowTop[below];
            for (int a = 0; a < cols; ) {
                if (crossed[a]) { a++; continue; }
                int z = a;
                while (z < cols && !crossed[z]) z++;
                out.add(stroke(rule, x0 + colX[a], y, x0 + colX[z], y));
                a = z;
            }
        }
        // between columns, row by row
        TableRule rule = t.columnRules();
        if (!rule.drawn()) return;
        for (int c = 1; c < cols; c++) {
            int from = -1, to = -1;
            for (int r : rows) {
                boolean crossed = owner[r][c] != 0 && owner[r][c] == owner[r][c - 1];
                int rTop = rowTop[r];
                int rBottom = rowBottom[r];
                if (crossed) {
                    if (from >= 0) out.add(stroke(rule, x0 + colX[c], from, x0 + colX[c], to));
                    from = -1;
                } else {
                    if (from < 0) from = rTop;
                    to = rBottom;
                }
            }
            if (from >= 0) out.add(stroke(rule, x0 + colX[c], from, x0 + colX[c], to));
        }
    }

    private static RuleMark stroke(TableRule rule, int x1, int y1, int x2, int y2) {
        return new RuleMark(x1, y1, x2, y2, rule.drawnWeight(), rule.color(), rule.kind() == TableRuleKind.DOTTED);
    }

    private static void outer(TableRule rule, Rect r, List<Mark> out) {
        if (!rule.drawn()) return;
        if (rule.kind() != TableRuleKind.DOTTED) {
            out.add(new BoxMark(r, null, rule.color(), rule.drawnWeight()));
            return;
        }
        out.add(stroke(rule, r.x(), r.y(), r.right(), r.y()));
        out.add(stroke(rule, r.x(), r.bottom(), r.right(), r.bottom()));
        out.add(stroke(rule, r.x(), r.y(), r.x(), r.bottom()));
        out.add(stroke(rule, r.right(), r.y(), r.right(), r.bottom()));
    }
}
