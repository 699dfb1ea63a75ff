package paiban.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import paiban.edit.ReplaceFrame;
import paiban.model.PageTemplate;
import paiban.model.frame.Insets;
import paiban.model.frame.TextFrame;
import paiban.model.frame.VerticalAlign;
import paiban.model.unit.Units;
import paiban.ui.Messages;

/**
 * The 文字 section of a text frame: its text columns and their gap, the
 * inset on all four sides and where the story's last lines sit in the
 * frame, each edit one change. That is what the composer honours of the
 * text frame of SPEC §3. 撑满 (JUSTIFY) the model can hold, from a file, but
 * the composer sets it like 顶端, so it is offered only to a frame that
 * already has it: nobody should pick an effect that never shows.
 */
final class TextFrameRows {
    private TextFrameRows() {}

    static List<PropertyRow> of(String pid, TextFrame f, PageTemplate t) {
        String cat = Messages.get("prop.text");
        List<PropertyRow> out = new ArrayList<>();
        out.add(new PropertyRow(cat, Messages.get("prop.columns"), Integer.class, f.columns(),
                v -> new ReplaceFrame(pid, f.withColumns((Integer) v, f.gap()))));
        out.add(new PropertyRow(cat, Messages.get("prop.gapChars"), Double.class, PropertiesViewModel.round1(f.gap() / (double) t.bodySize()),
                v -> new ReplaceFrame(pid, f.withColumns(f.columns(), Units.chars(((Number) v).doubleValue(), t.bodySize())))));
        out.add(new PropertyRow(cat, Messages.get("prop.insetMm"), Double.class, PropertiesViewModel.mm(f.inset()),
                v -> new ReplaceFrame(pid, f.withInsets(Insets.uniform(Units.mm(((Number) v).doubleValue()))))));
        out.add(new PropertyRow(cat, Messages.get("prop.verticalAlign"), String.class, name(f.verticalAlign()),
                v -> new ReplaceFrame(pid, f.withVerticalAlign(align(v))))
                .choices(offered(f).stream().map(TextFrameRows::name).toList(), false));
        return out;
    }

    private static List<VerticalAlign> offered(TextFrame f) {
        List<VerticalAlign> out = new ArrayList<>(List.of(VerticalAlign.TOP, VerticalAlign.CENTER, VerticalAlign.BOTTOM));
        if (f.verticalAlign() == VerticalAlign.JUSTIFY) out.add(VerticalAlign.JUSTIFY);
        return out;
    }

    static String name(VerticalAlign va) { return Messages.get("valign." + va.name().toLowerCase(Locale.ROOT)); }

    private static VerticalAlign align(Object shown) {
        for (VerticalAlign va : VerticalAlign.values()) if (name(va).equals(shown)) return va;
        throw new IllegalArgumentException("not a vertical alignment: " + shown);
    }
}
