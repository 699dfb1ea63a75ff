package paiban.preflight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import paiban.model.Page;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.story.CharRun;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.StyleSheet;

/**
 * A paragraph, running header or table naming a paragraph style the edition
 * does not have is set in the body style, and a run naming a missing
 * character style is set plain: the page prints, but not as the copy meant
 * (a style deleted or renamed by hand, copy pasted from another edition).
 * One warning per story or frame and style name, with the number of places.
 */
final class StyleCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        StyleSheet sheet = ctx.edition.styles();
        String body = sheet.body().name();
        for (Story s : ctx.edition.stories()) {
            Map<String, Integer> missing = new LinkedHashMap<>();
            Map<String, Integer> missingRuns = new LinkedHashMap<>();
            for (Paragraph p : s.paragraphs()) {
                if (sheet.find(p.style()).isEmpty()) missing.merge(p.style(), 1, Integer::sum);
                for (CharRun r : p.runs()) if (sheet.charStyle(r.style()).isEmpty()) missingRuns.merge(r.style(), 1, Integer::sum);
            }
            String pageId = s.chain().stream().map(FrameRef::pageId).findFirst().orElse("");
            String frameId = s.chain().stream().map(FrameRef::frameId).findFirst().orElse("");
            missing.forEach((name, n) -> out.add(ctx.finding(Severity.WARNING, "missing-style", "missing-style",
                    pageId, frameId, s.id(), name, n, body)));
            missingRuns.forEach((name, n) -> out.add(ctx.finding(Severity.WARNING, "missing-style", "missing-char-style",
                    pageId, frameId, s.id(), name, n)));
        }
        for (Page page : ctx.edition.pages()) {
            for (Frame f : page.frames()) {
                Map<String, Integer> missing = new LinkedHashMap<>();
                if (f instanceof HeaderFrame h) count(sheet, h.style(), missing);
                if (f instanceof TableFrame t) {
                    count(sheet, t.bodyStyle(), missing);
                    count(sheet, t.headerStyle(), missing);
                    for (TableColumn c : t.columns()) if (!c.style().isEmpty()) count(sheet, c.style(), missing);
                    for (List<TableCell> row : t.rows()) for (TableCell c : row) if (!c.style().isEmpty()) count(sheet, c.style(), missing);
                }
                missing.forEach((name, n) -> out.add(ctx.finding(Severity.WARNING, "missing-style", "missing-style",
                        page.id(), f.id(), "", name, n, body)));
            }
        }
    }

    private static void count(StyleSheet sheet, String style, Map<String, Integer> missing) {
        if (sheet.find(style).isEmpty()) missing.merge(style, 1, Integer::sum);
    }
}
