package paiban.io.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import paiban.model.Rect;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;

/**
 * Table data from a CSV or TSV file (UTF-8 or GB18030, found as for text
 * imports; the first row is the header): as a new table frame, or as a
 * refresh of an existing table's data that keeps its widths, rules and styles
 * (the market table arrives every night in the same shape).
 */
public final class CsvTable {
    /** The rows read, every row as long as the longest, and the charset assumed. */
    public record Data(List<List<String>> rows, String charset) {
        public Data {
            rows = rows.stream().map(List::copyOf).toList();
        }

        public int columns() { return rows.isEmpty() ? 0 : rows.get(0).size(); }
    }

    private CsvTable() {}

    public static Data read(Path file) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read the file (" + e.getMessage() + ")", e);
        }
        TextDecoder.Decoded d = TextDecoder.decode(bytes, file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = d.text().startsWith("\uFEFF") ? d.text().substring(1) : d.text();
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        char sep = name.endsWith(".tsv") || name.endsWith(".tab") || first.indexOf('\t') >= 0 ? '\t' : ',';
        return new Data(parse(text, sep, file), d.charset());
    }

    /** RFC 4180 fields: quotes around a field that holds the separator, a quote ("") or a line end. */
    static List<List<String>> parse(String text, char sep, Path file) throws ImportException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1, quoteLine = 0;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                quoteLine = line;
                fieldStart = false;
            } else if (c == sep) {
                row.add(field.toString().strip());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n') {
                row.add(field.toString().strip());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
                line++;
            } else {
                field.append(c);
                if (!Character.isWhitespace(c)) fieldStart = false;
            }
        }
        if (quoted) throw new ImportException(file, "line " + quoteLine + ": a quoted field is never closed (a \" is missing)");
        row.add(field.toString().strip());
        if (!(row.size() == 1 && row.get(0).isEmpty())) rows.add(row);
        if (rows.isEmpty()) throw new ImportException(file, "no rows");
        int width = 0;
        for (List<String> r : rows) width = Math.max(width, r.size());
        if (width > paiban.model.Limits.MAX_COLUMNS * 10) throw new ImportException(file, "too many columns (" + width + ")");
        for (List<String> r : rows) while (r.size() < width) r.add("");
        return rows;
    }

    /**
     * A new table in {@code bounds}: a header row, columns as wide as their widest text (in 字 of
     * {@code bodySize}) shrunk together to the frame when wider, numeric columns aligned on the point.
     */
    public static TableFrame newTable(String id, Rect bounds, Data data, int bodySize) {
        int cols = data.columns();
        double[] chars = new double[cols];
        boolean[] numeric = new boolean[cols];
        java.util.Arrays.fill(numeric, data.rows().size() > 1);
        for (int r = 0; r < data.rows().size(); r++) {
            for (int c = 0; c < cols; c++) {
                String s = data.rows().get(r).get(c);
                chars[c] = Math.max(chars[c], chars(s) + 1);   // + 1 字 for the padding both sides
                if (r > 0 && !s.isEmpty() && !s.matches("[-+]?[0-9,]*\\.?[0-9]+%?")) numeric[c] = false;
            }
        }
        double total = 0;
        for (double w : chars) total += w;
        double scale = total * bodySize > bounds.width() ? bounds.width() / (total * bodySize) : 1;
        List<TableColumn> columns = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            double w = Math.max(1, Math.floor(chars[c] * scale * 2) / 2);
            columns.add(TableColumn.chars(w, numeric[c] ? CellAlign.DECIMAL : CellAlign.LEFT));
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (List<String> r : data.rows()) rows.add(r.stream().map(TableCell::new).toList());
        return TableFrame.of(id, bounds, columns, rows);
    }

    /**
     * {@code table} with the data's rows: widths, rules, styles and header count stay; a cell keeps the
     * style and alignment of the cell that stood in its place (rows past the old ones those of the last
     * old row). Merged cells become plain cells: the data gives one value per column.
     *
     * @throws ImportException when the data has another number of columns than the table
     */
    public static TableFrame refresh(TableFrame table, Data data, Path file) throws ImportException {
        int cols = table.columns().size();
        if (data.columns() != cols) {
            throw new ImportException(file, "the data has " + data.columns() + " columns but table " + table.id()
                    + " has " + cols + "; refresh it from data of the same shape, or import it as a new table");
        }
        List<List<TableCell>> old = table.rows();
        List<List<TableCell>> rows = new ArrayList<>();
        for (int r = 0; r < data.rows().size(); r++) {
            List<TableCell> template = templateRow(old, r, cols, table.headerRows());
            List<TableCell> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                TableCell t = template == null ? null : template.get(c);
                row.add(new TableCell(data.rows().get(r).get(c), t == null ? "" : t.style(), t == null ? null : t.align(), 1, 1));
            }
            rows.add(row);
        }
        return table.withRows(rows, Math.min(table.headerRows(), rows.size()));
    }

    /** The old row whose cells' formatting row {@code r} takes: the same row, else the last full body row. */
    private static List<TableCell> templateRow(List<List<TableCell>> old, int r, int cols, int headerRows) {
        if (r < old.size() && old.get(r).size() == cols && plain(old.get(r))) return old.get(r);
        if (r < headerRows) return null;
        for (int k = old.size() - 1; k >= headerRows; k--) if (old.get(k).size() == cols && plain(old.get(k))) return old.get(k);
        return null;
    }

    private static boolean plain(List<TableCell> row) {
        for (TableCell c : row) if (c.rowSpan() != 1 || c.colSpan() != 1) return false;
        return true;
    }

    /** Width of the text in 字: a Chinese character is one, a Latin letter or digit about half. */
    static double chars(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp < 0x2E80 ? 0.5 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
