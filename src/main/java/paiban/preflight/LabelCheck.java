package paiban.preflight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.PageNaming;

/**
 * Two pages with one label: the plant files plates by label, and when the
 * edition names its pages by label a jump line （下转A3版） would point at two
 * pages, so then it is an error, else a warning.
 */
final class LabelCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        Map<String, Page> first = new LinkedHashMap<>();
        Severity severity = ctx.edition.settings().pageNaming() == PageNaming.LABEL ? Severity.ERROR : Severity.WARNING;
        for (Page p : ctx.edition.pages()) {
            if (p.label().isBlank()) continue;
            Page earlier = first.putIfAbsent(p.label(), p);
            if (earlier != null) {
                // the other page by its position: by label it would be called the same
                String other = "第" + PageNames.chineseNumeral(ctx.edition.pageNumber(earlier.id())) + "版";
                out.add(ctx.finding(severity, "duplicate-label", "duplicate-label", p.id(), "", "", p.label(), other));
            }
        }
    }
}
