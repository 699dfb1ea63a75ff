package paiban.preflight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.PageNaming;
import paiban.model.PageNumbers;

/**
 * Two pages with one label: the plant files plates by label, and when the
 * edition names its pages by label a jump line （下转A3版） would point at two
 * pages, so then it is an error, else a warning. Labels include those that
 * section numbering gives (B03). When pages are named by number, two pages
 * with one name (page numbers set by hand to the same number) are an error
 * for the same reason.
 */
final class LabelCheck implements Check {
    @Override public void run(PreflightContext ctx, List<Finding> out) {
        PageNumbers numbers = PageNumbers.of(ctx.edition);
        boolean byLabel = ctx.edition.settings().pageNaming() == PageNaming.LABEL;
        Map<String, Page> first = new LinkedHashMap<>();
        Map<String, Page> named = new LinkedHashMap<>();
        Severity severity = byLabel ? Severity.ERROR : Severity.WARNING;
        for (Page p : ctx.edition.pages()) {
            String label = numbers.label(p.id());
            if (!byLabel) {
                String name = PageNames.fullName(ctx.edition, p);
                Page same = named.putIfAbsent(name, p);
                if (same != null) {
                    out.add(ctx.finding(Severity.ERROR, "duplicate-number", "duplicate-number", p.id(), "", "", name,
                            position(ctx, same)));
                }
            }
            if (label.isBlank()) continue;
            Page earlier = first.putIfAbsent(label, p);
            if (earlier != null) {
                out.add(ctx.finding(severity, "duplicate-label", "duplicate-label", p.id(), "", "", label,
                        position(ctx, earlier)));
            }
        }
    }

    /** The other page by its position: by label or number it would be called the same. */
    private static String position(PreflightContext ctx, Page page) {
        return "第" + PageNames.chineseNumeral(ctx.edition.pageNumber(page.id())) + "版";
    }
}
