package paiban.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import paiban.edit.ReplaceFrame;
import paiban.model.PageTemplate;
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
                v -> replace(pid, f, (Integer) v, f.gap(), f.inset(), f.verticalAlign())));
        out.add(new PropertyRow(cat, Messages.get("prop.gapChars"), Double.class, PropertiesViewModel.round1(f.gap() / (double) t.bodySize()),
                v -> replace(pid, f, f.columns(), Units.chars(((Number) v).doubleValue(), t.bodySize()), f.inset(), f.verticalAlign())));
        out.add(new PropertyRow(cat, Messages.get("prop.insetMm"), Double.class, PropertiesViewModel.mm(f.inset()),
                v -> replace(pid, f, f.columns(), f.gap(), Units.mm(((Number) v).doubleValue()), f.verticalAlign())));
        out.add(new PropertyRow(cat, Messages.get("prop.verticalAlign"), String.class, name(f.verticalAlign()),
                v -> replace(pid, f, f.columns(), f.gap(), f.inset(), align(v)))
                .choices(offered(f).stream().map(TextFrameRows::name).toList(), false));
        return out;
    }

    /** The text frame's record checks refuse a bad value (no columns, a negative gap or inset). */
    private static ReplaceFrame replace(String pid, TextFrame f, int columns, int gap, int inset, VerticalAlign va) {
        return new ReplaceFrame(pid, new TextFrame(f.id(), f.bounds(), columns, gap, inset, va, f.wrap(), f.locked(), f.group(), f.look()));
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
