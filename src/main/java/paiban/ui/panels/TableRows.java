package paiban.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import paiban.model.PageTemplate;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableGrid;
import paiban.model.frame.TableRule;
import paiban.model.frame.TableRuleKind;
import paiban.model.frame.TableShape;
import paiban.model.style.Cmyk;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;
import paiban.model.unit.Units;
import paiban.ui.Messages;
import paiban.ui.canvas.table.TableCellModel;
import paiban.edit.Change;
import paiban.edit.ReplaceFrame;

/**
 * The 表格 section of a table frame: header rows, column widths in 字 and
 * alignments (as lists, one entry a column), the body and header paragraph
 * styles, cell padding, the four rules (反线 / 正线 / 点线 / 无 and the
 * outer frame's weight), the header's 底纹 and the text columns; with a cell
 * being typed in, that cell's alignment and style. Each edit one change.
 */
final class TableRows {
    /** The header shading the panel switches on: 15 % black, the usual light grey of a table head. */
    static final Cmyk SHADE = new Cmyk(0, 0, 0, 15);

    private TableRows() {}

    static List<PropertyRow> of(String pid, TableFrame f, PageTemplate t, StyleSheet sheet, TableCellModel cells) {
        String cat = Messages.get("prop.table");
        List<String> styles = sheet.paragraphStyles().stream().map(ParagraphStyle::name).toList();
        List<String> rules = java.util.Arrays.stream(TableRuleKind.values()).map(TableRows::ruleName).toList();
        List<PropertyRow> out = new ArrayList<>();
        out.add(new PropertyRow(cat, Messages.get("prop.table.size"), String.class,
                Messages.get("prop.table.sizeValue", f.rows().size(), f.columns().size()), null));
        out.add(new PropertyRow(cat, Messages.get("prop.table.headerRows"), Integer.class, f.headerRows(),
                v -> replace(pid, f.withRows(f.rows(), bounded(((Number) v).intValue(), 0, f.rows().size(), "prop.table.headerRows")))));
        out.add(new PropertyRow(cat, Messages.get("prop.table.widths"), String.class, widths(f, t),
                v -> replace(pid, f.withColumns(parseWidths(f, v.toString()), f.rows()))));
        out.add(new PropertyRow(cat, Messages.get("prop.table.aligns"), String.class, aligns(f),
                v -> replace(pid, f.withColumns(parseAligns(f, v.toString()), f.rows()))));
        out.add(new PropertyRow(cat, Messages.get("prop.table.bodyStyle"), String.class, f.bodyStyle(),
                v -> replace(pid, f.withStyles(v.toString(), f.headerStyle()))).choices(styles, false));
        out.add(new PropertyRow(cat, Messages.get("prop.table.headerStyle"), String.class, f.headerStyle(),
                v -> replace(pid, f.withStyles(f.bodyStyle(), v.toString()))).choices(styles, false));
        out.add(new PropertyRow(cat, Messages.get("prop.table.paddingMm"), Double.class, PropertiesViewModel.mm(f.padding()),
                v -> replace(pid, withPadding(f, Units.mm(((Number) v).doubleValue())))));
        out.add(new PropertyRow(cat, Messages.get("prop.table.outer"), String.class, ruleName(f.outer().kind()),
                v -> replace(pid, f.withRules(kind(f.outer(), v), f.rowRules(), f.columnRules(), f.headerRule(), f.headerShade())))
                .choices(rules, false));
        out.add(new PropertyRow(cat, Messages.get("prop.table.outerWeight"), Double.class, f.outer().drawnWeight() / 1000.0,
                v -> replace(pid, f.withRules(new TableRule(f.outer().kind(), weight(v)), f.rowRules(), f.columnRules(),
                        f.headerRule(), f.headerShade()))));
        out.add(new PropertyRow(cat, Messages.get("prop.table.rowRules"), String.class, ruleName(f.rowRules().kind()),
                v -> replace(pid, f.withRules(f.outer(), kind(f.rowRules(), v), f.columnRules(), f.headerRule(), f.headerShade())))
                .choices(rules, false));
        out.add(new PropertyRow(cat, Messages.get("prop.table.columnRules"), String.class, ruleName(f.columnRules().kind()),
                v -> replace(pid, f.withRules(f.outer(), f.rowRules(), kind(f.columnRules(), v), f.headerRule(), f.headerShade())))
                .choices(rules, false));
        out.add(new PropertyRow(cat, Messages.get("prop.table.headerRule"), String.class, ruleName(f.headerRule().kind()),
                v -> replace(pid, f.withRules(f.outer(), f.rowRules(), f.columnRules(), kind(f.headerRule(), v), f.headerShade())))
                .choices(rules, false));
        out.add(new PropertyRow(cat, Messages.get("prop.table.headerShade"), Boolean.class, f.headerShade() != null,
                v -> replace(pid, f.withRules(f.outer(), f.rowRules(), f.columnRules(), f.headerRule(),
                        (Boolean) v ? (f.headerShade() != null ? f.headerShade() : SHADE) : null))));
        out.add(new PropertyRow(cat, Messages.get("prop.columns"), Integer.class, f.textColumns(),
                v -> replace(pid, f.withTextColumns(((Number) v).intValue(), f.textColumns() == 1 && f.gap() == 0 ? t.gap() : f.gap()))));
        cellRows(pid, f, cells, styles, out);
        return out;
    }

    /** The cell being typed in, when it is in this table: its alignment and style ("" the column's). */
    private static void cellRows(String pid, TableFrame f, TableCellModel cells, List<String> styles, List<PropertyRow> out) {
        TableCellModel.CellCursor c = cells == null ? null : cells.cursor();
        if (c == null || !c.frameId().equals(f.id()) || !c.pageId().equals(pid)) return;
        Optional<TableGrid.Placed> p = TableShape.cellAt(f, c.row(), c.col());
        if (p.isEmpty()) return;
        TableCell cell = p.get().cell();
        String cat = Messages.get("prop.table.cell", c.row() + 1, c.col() + 1);
        List<String> aligns = new ArrayList<>();
        aligns.add(Messages.get("prop.table.default"));
        for (CellAlign a : CellAlign.values()) aligns.add(alignName(a));
        out.add(new PropertyRow(cat, Messages.get("prop.table.cellAlign"), String.class,
                cell.align() == null ? Messages.get("prop.table.default") : alignName(cell.align()),
                v -> replace(pid, withCell(f, p.get(), new TableCell(cell.text(), cell.style(), alignOrNull(v),
                        cell.rowSpan(), cell.colSpan())))).choices(aligns, false));
        List<String> cellStyles = new ArrayList<>();
        cellStyles.add(Messages.get("prop.table.default"));
        cellStyles.addAll(styles);
        out.add(new PropertyRow(cat, Messages.get("prop.table.cellStyle"), String.class,
                cell.style().isEmpty() ? Messages.get("prop.table.default") : cell.style(),
                v -> replace(pid, withCell(f, p.get(), new TableCell(cell.text(),
                        v.equals(Messages.get("prop.table.default")) ? "" : v.toString(), cell.align(),
                        cell.rowSpan(), cell.colSpan())))).choices(cellStyles, false));
    }

    private static TableFrame withCell(TableFrame f, TableGrid.Placed p, TableCell cell) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (List<TableCell> r : f.rows()) rows.add(new ArrayList<>(r));
        List<TableCell> row = rows.get(p.row());
        row.set(row.indexOf(p.cell()), cell);
        return f.withRows(rows, f.headerRows());
    }

    private static Change replace(String pid, TableFrame f) { return new ReplaceFrame(pid, f); }

    private static int bounded(int v, int min, int max, String key) {
        if (v < min || v > max) throw new RefusedValue(Messages.get("prop.refused.table.range", Messages.get(key), v, min, max));
        return v;
    }

    private static int weight(Object v) {
        double pt = ((Number) v).doubleValue();
        if (!(pt >= 0) || pt > 10) throw new RefusedValue(Messages.get("prop.refused.table.weight", v));
        return (int) Math.round(pt * 1000);
    }

    private static TableFrame withPadding(TableFrame f, int padding) {
        if (padding < 0) throw new RefusedValue(Messages.get("prop.refused.table.padding"));
        return new TableFrame(f.id(), f.bounds(), f.columns(), f.rows(), f.headerRows(), f.bodyStyle(), f.headerStyle(),
                padding, f.outer(), f.rowRules(), f.columnRules(), f.headerRule(), f.headerShade(), f.textColumns(),
                f.gap(), f.wrap(), f.locked(), f.group(), f.next());
    }

    /** "6 4 4.5": each column's width in 字 of the page's body size. */
    static String widths(TableFrame f, PageTemplate t) {
        StringBuilder s = new StringBuilder();
        for (TableColumn c : f.columns()) {
            if (s.length() > 0) s.append(' ');
            double chars = PropertiesViewModel.round1(c.resolve(t.bodySize()) / (double) t.bodySize());
            s.append(chars == Math.rint(chars) ? Long.toString(Math.round(chars)) : Double.toString(chars));
        }
        return s.toString();
    }

    private static List<TableColumn> parseWidths(TableFrame f, String text) {
        String[] parts = text.trim().split("[\\s,，、]+");
        if (parts.length != f.columns().size()) {
            throw new RefusedValue(Messages.get("prop.refused.table.count", text, f.columns().size()));
        }
        List<TableColumn> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            double chars;
            try {
                chars = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                paiban.log.Log.of(TableRows.class).log(System.Logger.Level.DEBUG, "not a width: " + e.getMessage());
                chars = -1; // refused below, naming the width
            }
            if (!(chars > 0) || chars > 200) throw new RefusedValue(Messages.get("prop.refused.table.width", parts[i]));
            TableColumn c = f.columns().get(i);
            out.add(new TableColumn(0, chars, c.align(), c.style()));
        }
        return out;
    }

    static String aligns(TableFrame f) {
        StringBuilder s = new StringBuilder();
        for (TableColumn c : f.columns()) {
            if (s.length() > 0) s.append(' ');
            s.append(alignName(c.align()));
        }
        return s.toString();
    }

    private static List<TableColumn> parseAligns(TableFrame f, String text) {
        String[] parts = text.trim().split("[\\s,，、]+");
        if (parts.length != f.columns().size()) {
            throw new RefusedValue(Messages.get("prop.refused.table.count", text, f.columns().size()));
        }
        List<TableColumn> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            CellAlign a = parseAlign(parts[i]);
            TableColumn c = f.columns().get(i);
            out.add(new TableColumn(c.width(), c.chars(), a, c.style()));
        }
        return out;
    }

    private static CellAlign parseAlign(String s) {
        for (CellAlign a : CellAlign.values()) if (alignName(a).equalsIgnoreCase(s)) return a;
        throw new RefusedValue(Messages.get("prop.refused.table.align", s, String.join(" ",
                java.util.Arrays.stream(CellAlign.values()).map(TableRows::alignName).toList())));
    }

    private static CellAlign alignOrNull(Object shown) {
        return shown.equals(Messages.get("prop.table.default")) ? null : parseAlign(shown.toString());
    }

    static String alignName(CellAlign a) { return Messages.get("table.align." + a.name().toLowerCase(Locale.ROOT)); }

    static String ruleName(TableRuleKind k) { return Messages.get("table.rule." + k.name().toLowerCase(Locale.ROOT)); }

    private static TableRule kind(TableRule old, Object shown) {
        for (TableRuleKind k : TableRuleKind.values()) if (ruleName(k).equals(shown)) return new TableRule(k, old.weight());
        throw new IllegalArgumentException("not a rule: " + shown);
    }
}
