package paiban.io.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import paiban.model.Edition;
import paiban.model.Limits;
import paiban.model.Page;
import paiban.model.TableChains;
import paiban.model.Rect;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableRule;
import paiban.model.frame.TableRuleKind;
import paiban.model.frame.TextWrap;
import paiban.model.style.Cmyk;

/** The keys of a table frame (docs/file-format.md, 表格). */
final class TableJson {
    private TableJson() {}

    static TableFrame read(In in, String id, Rect bounds, TextWrap wrap, boolean locked, String group) {
        List<TableColumn> columns = new ArrayList<>();
        for (In c : in.get("columns").list()) columns.add(column(c));
        List<List<TableCell>> rows = new ArrayList<>();
        for (In r : in.get("rows").list()) {
            List<TableCell> row = new ArrayList<>();
            for (In c : r.list()) row.add(cell(c));
            rows.add(row);
        }
        int headerRows = in.integer("headerRows", Math.min(1, rows.size()), 0, Math.max(rows.size(), 0));
        String body = in.string("bodyStyle", TableFrame.BODY_STYLE);
        String header = in.string("headerStyle", TableFrame.HEADER_STYLE);
        int padding = in.length("padding", TableFrame.PADDING, 0, Limits.MAX_PAGE_SIDE);
        TableRule outer = rule(in.opt("outer"), TableRule.THICK);
        TableRule rowRules = rule(in.opt("rowRules"), TableRule.THIN);
        TableRule columnRules = rule(in.opt("columnRules"), TableRule.THIN);
        TableRule headerRule = rule(in.opt("headerRule"), TableRule.THIN);
        In shadeIn = in.opt("headerShade");
        Cmyk shade = shadeIn == null ? null : EditionReader.cmyk(shadeIn);
        int textColumns = in.integer("textColumns", 1, 1, Limits.MAX_COLUMNS);
        int gap = in.length("gap", 0, 0, Limits.MAX_PAGE_SIDE);
        String next = in.string("next", "").strip();
        if (next.equals(id)) throw in.get("next").error("table frame \"" + Excerpt.of(id) + "\" cannot continue in itself");
        return in.build(() -> new TableFrame(id, bounds, columns, rows, headerRows, body, header, padding, outer,
                rowRules, columnRules, headerRule, shade, textColumns, gap, wrap, locked, group, next));
    }

    /**
     * Every table frame's {@code next} names a table frame, at most one frame continues in each, and no
     * chain comes back on itself; a bad one is refused at its {@code next} key.
     */
    static void checkChains(Edition edition, List<In> pageIns) {
        java.util.Map<TableFrame, String> continuedFrom = new java.util.IdentityHashMap<>();
        for (int p = 0; p < edition.pages().size(); p++) {
            Page page = edition.pages().get(p);
            List<In> frameIns = pageIns.get(p).get("frames").list();
            for (int f = 0; f < page.frames().size(); f++) {
                if (!(page.frames().get(f) instanceof TableFrame t) || t.next().isEmpty()) continue;
                In at = frameIns.get(f).get("next");
                java.util.Optional<String> problem = TableChains.problem(edition, page, t);
                if (problem.isPresent()) throw at.error(problem.get());
                TableFrame target = TableChains.next(edition, page, t).orElseThrow().frame();
                String before = continuedFrom.putIfAbsent(target, t.id());
                if (before != null) {
                    throw at.error("table frame \"" + Excerpt.of(before) + "\" already continues in \""
                            + Excerpt.of(t.next()) + "\"; a table frame continues only one table");
                }
            }
        }
    }

    /** 40 (points), "12mm", or "4字"; or an object with width, align and style. */
    private static TableColumn column(In in) {
        if (!in.node().isObject()) return width(in, CellAlign.LEFT, "");
        in.object();
        CellAlign align = in.enumValue("align", CellAlign.class, CellAlign.LEFT);
        String style = in.string("style", "");
        TableColumn c = width(in.get("width"), align, style);
        in.done();
        return c;
    }

    private static TableColumn width(In in, CellAlign align, String style) {
        if (in.node().isTextual() && in.node().textValue().trim().endsWith("字")) {
            String t = in.node().textValue().trim();
            double chars;
            try {
                chars = Double.parseDouble(t.substring(0, t.length() - 1).trim());
            } catch (NumberFormatException e) {
                throw in.error("\"" + Excerpt.of(t) + "\" is not a width in 字 (write it like \"4字\")");
            }
            if (!(chars > 0) || chars > 1000) throw in.error("a column of " + Excerpt.of(t) + " must be more than 0字 and at most 1000字");
            return new TableColumn(0, chars, align, style);
        }
        int w = in.length();
        if (w <= 0) throw in.error("a column width must be more than 0");
        return in.build(() -> new TableColumn(w, 0, align, style));
    }

    /** "text", or an object with text and optional style, align, rowSpan, colSpan. */
    private static TableCell cell(In in) {
        if (in.node().isTextual()) return new TableCell(in.string());
        in.object();
        String text = in.string("text", "");
        String style = in.string("style", "");
        CellAlign align = in.enumValue("align", CellAlign.class, null);
        int rowSpan = in.integer("rowSpan", 1, 1, 10_000);
        int colSpan = in.integer("colSpan", 1, 1, 10_000);
        in.done();
        return in.build(() -> new TableCell(text, style, align, rowSpan, colSpan));
    }

    /** "thick" / "thin" / "dotted" / "none", or {"kind": …, "weight": 0.5}. */
    private static TableRule rule(In in, TableRule absent) {
        if (in == null) return absent;
        if (in.node().isTextual()) return new TableRule(in.enumValue(TableRuleKind.class), 0);
        in.object();
        TableRuleKind kind = in.enumValue("kind", TableRuleKind.class, TableRuleKind.THIN);
        int weight = in.length("weight", 0, 0, Limits.MAX_PAGE_SIDE);
        in.done();
        return in.build(() -> new TableRule(kind, weight));
    }

    static void write(ObjectNode o, TableFrame t) {
        ArrayNode cols = o.putArray("columns");
        for (TableColumn c : t.columns()) {
            boolean plain = c.align() == CellAlign.LEFT && c.style().isEmpty();
            ObjectNode n = plain ? null : cols.addObject();
            if (c.chars() > 0) {
                String w = BigDecimal.valueOf(c.chars()).stripTrailingZeros().toPlainString() + "字";
                if (plain) cols.add(w); else n.put("width", w);
            } else {
                if (plain) cols.add(Lengths.toPoints(c.width())); else n.put("width", Lengths.toPoints(c.width()));
            }
            if (!plain) {
                if (c.align() != CellAlign.LEFT) n.put("align", Names.of(c.align()));
                if (!c.style().isEmpty()) n.put("style", c.style());
            }
        }
        ArrayNode rows = o.putArray("rows");
        for (List<TableCell> row : t.rows()) {
            ArrayNode r = rows.addArray();
            for (TableCell c : row) {
                if (c.style().isEmpty() && c.align() == null && c.rowSpan() == 1 && c.colSpan() == 1) {
                    r.add(c.text());
                    continue;
                }
                ObjectNode n = r.addObject();
                n.put("text", c.text());
                if (!c.style().isEmpty()) n.put("style", c.style());
                if (c.align() != null) n.put("align", Names.of(c.align()));
                if (c.rowSpan() != 1) n.put("rowSpan", c.rowSpan());
                if (c.colSpan() != 1) n.put("colSpan", c.colSpan());
            }
        }
        if (t.headerRows() != Math.min(1, t.rows().size())) o.put("headerRows", t.headerRows());
        if (!t.bodyStyle().equals(TableFrame.BODY_STYLE)) o.put("bodyStyle", t.bodyStyle());
        if (!t.headerStyle().equals(TableFrame.HEADER_STYLE)) o.put("headerStyle", t.headerStyle());
        if (t.padding() != TableFrame.PADDING) o.put("padding", Lengths.toPoints(t.padding()));
        rule(o, "outer", t.outer(), TableRule.THICK);
        rule(o, "rowRules", t.rowRules(), TableRule.THIN);
        rule(o, "columnRules", t.columnRules(), TableRule.THIN);
        rule(o, "headerRule", t.headerRule(), TableRule.THIN);
        if (t.headerShade() != null) o.set("headerShade", EditionWriter.cmyk(t.headerShade()));
        if (t.textColumns() != 1) o.put("textColumns", t.textColumns());
        if (t.gap() != 0) o.put("gap", Lengths.toPoints(t.gap()));
        if (!t.next().isEmpty()) o.put("next", t.next());
    }

    private static void rule(ObjectNode o, String key, TableRule r, TableRule dflt) {
        if (r.equals(dflt)) return;
        if (r.weight() == 0) {
            o.put(key, Names.of(r.kind()));
            return;
        }
        ObjectNode n = o.putObject(key);
        n.put("kind", Names.of(r.kind()));
        n.put("weight", Lengths.toPoints(r.weight()));
    }
}
