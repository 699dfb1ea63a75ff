package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import paiban.model.Rect;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableGrid;

/** A Word table with merged cells (gridSpan across, vMerge down) comes in as a table with the same cells. */
class DocxTableImportTest {
    @TempDir
    Path dir;

    private static CTTcPr pr(XWPFTableCell c) {
        return c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    }

    /**
     * 板块 | 指数 (two columns wide) | 涨跌
     * 沪市 (two rows) | 上证 | 3,051.20 | 0.5%
     *                 | 科创 | 998.7    | -1.25%
     * 深市            | 深成 | 9,801.05 | 12%
     */
    private Path write() throws Exception {
        Path f = dir.resolve("market.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            doc.createParagraph().createRun().setText("今日股市");
            XWPFTable t = doc.createTable(4, 4);
            var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
            for (int w : new int[] {1200, 1200, 2400, 1200}) grid.addNewGridCol().setW(BigInteger.valueOf(w));
            // header: 板块, 指数 spanning two grid columns, 涨跌
            var head = t.getRow(0);
            head.getCell(0).setText("板块");
            head.getCell(1).setText("指数");
            pr(head.getCell(1)).addNewGridSpan().setVal(BigInteger.TWO);
            head.getCell(2).setText("涨跌");
            head.removeCell(3);
            head.setRepeatHeader(true);
            String[][] body = {{"沪市", "上证", "3,051.20", "0.5%"}, {"", "科创", "998.7", "-1.25%"}, {"深市", "深成", "9,801.05", "12%"}};
            for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) if (!body[r][c].isEmpty()) t.getRow(r + 1).getCell(c).setText(body[r][c]);
            pr(t.getRow(1).getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
            pr(t.getRow(2).getCell(0)).addNewVMerge(); // no value: continue
            doc.createParagraph().createRun().setText("数据仅供参考。");
            doc.write(out);
        }
        return f;
    }

    @Test
    void mergedCellsAcrossAndDownArriveMerged() throws Exception {
        ImportResult r = StoryImporter.importFile(write(), ImportOptions.defaults());
        assertEquals(1, r.tables().size());
        ImportedTable t = r.tables().get(0);
        assertEquals(1, t.afterParagraph());
        assertEquals(1, t.headerRows(), "the row marked to repeat is the header");
        assertEquals(List.of(1200, 1200, 2400, 1200), t.widths());
        assertEquals(List.of(new TableCell("板块"), new TableCell("指数", "", null, 1, 2), new TableCell("涨跌")),
                t.rows().get(0));
        assertEquals(new TableCell("沪市", "", null, 2, 1), t.rows().get(1).get(0));
        assertEquals(List.of("科创", "998.7", "-1.25%"), t.rows().get(2).stream().map(TableCell::text).toList(),
                "the continued cell leaves no cell in its row");
        assertEquals(List.of("深市", "深成", "9,801.05", "12%"), t.rows().get(3).stream().map(TableCell::text).toList());
        assertEquals(List.of("今日股市", "数据仅供参考。"),
                r.allParagraphs().stream().map(p -> p.text()).toList(), "the story keeps its text around the table");

        TableFrame frame = t.toFrame("tb", new Rect(0, 0, 120_000, 60_000));
        assertEquals(List.of(24_000, 24_000, 48_000, 24_000),
                frame.columns().stream().map(c -> c.resolve(9000)).toList(), "widths scaled from the document's grid");
        assertEquals(CellAlign.DECIMAL, frame.columns().get(2).align(), "a column of numbers lines up on the point");
        assertEquals(CellAlign.LEFT, frame.columns().get(1).align());
        TableGrid.Placed merged = frame.grid().cells().stream().filter(p -> p.cell().text().equals("沪市")).findFirst().orElseThrow();
        assertEquals(2, merged.lastRow() - merged.row() + 1);
        assertTrue(r.report().skipped().isEmpty(), "nothing of the table is skipped");
    }
}
