package paiban.ui.files;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.style.DefaultStyles;
import paiban.model.unit.Units;

/**
 * New editions from a page template preset: numbered pages with the usual
 * sections, each with a running header (版号 | 栏目) over a hairline, and the
 * default styles for the template's body size. Everything else is drawn by
 * the designer.
 */
public final class EditionTemplates {
    /** Sections a daily usually runs, in page order; later pages repeat the last ones. */
    static final List<String> SECTIONS = List.of("要闻", "要闻", "经济", "城市", "国际", "体育", "文化", "副刊");

    private EditionTemplates() {}

    /** The presets offered by 新建: 对开 broadsheet and 四开 tabloid. */
    public static List<PageTemplate> presets() {
        return List.of(PageTemplate.duikai(), PageTemplate.sikai());
    }

    public static Edition create(NewEditionSpec spec) {
        PageTemplate t = spec.template();
        List<Page> pages = new ArrayList<>();
        for (int i = 1; i <= spec.pages(); i++) {
            String id = "p" + i;
            String section = SECTIONS.get(Math.min(i - 1, SECTIONS.size() - 1));
            pages.add(new Page(id, "", section, t.name(), furniture(id, t)));
        }
        return new Edition(spec.name(), spec.date(), null, List.of(t), DefaultStyles.forBody(t.bodySize()), pages, List.of());
    }

    private static List<Frame> furniture(String pageId, PageTemplate t) {
        HeaderFrame header = new HeaderFrame(pageId + "-header", t.gridRect(0, t.columns(), 0, 1), "{number} | {section}");
        int ruleY = t.lineTop(1) + (t.pitch() - t.bodySize()) / 2 + t.bodySize() / 2;
        RuleFrame rule = new RuleFrame(pageId + "-rule-header",
                new paiban.model.Rect(t.marginLeft(), ruleY, t.typeWidth(), Units.pt(0.5)), RuleStyle.SOLID, Units.pt(0.5));
        return List.of(header, rule);
    }
}
