package paiban.io.json;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.ImageFit;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.ColumnRule;
import paiban.model.frame.Insets;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.FrameBorder;
import paiban.model.frame.FrameLook;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TextFrame;
import paiban.model.frame.TextWrap;
import paiban.model.frame.VerticalAlign;
import paiban.model.story.CharRun;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.TypeSettings;
import paiban.model.style.StyleRole;
import paiban.model.style.StyleSheet;

/**
 * The edition as a JSON tree in the current format version. Keys come in a
 * fixed order (that of the model's records, type and id first), and optional
 * keys whose value is the reader's default are left out, so a file changes
 * only where the edition did.
 */
public final class EditionWriter {
    static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private EditionWriter() {}

    public static ObjectNode toTree(Edition e) {
        ObjectNode o = F.objectNode();
        o.put("format", FormatVersion.FORMAT);
        o.put("version", FormatVersion.CURRENT);
        o.put("name", e.name());
        if (e.date() != null) o.put("date", e.date().toString());
        o.set("settings", settings(e.settings()));
        ArrayNode templates = o.putArray("templates");
        for (PageTemplate t : e.templates()) templates.add(template(t));
        o.set("styles", styles(e.styles()));
        ArrayNode pages = o.putArray("pages");
        for (Page p : e.pages()) pages.add(page(p));
        ArrayNode stories = o.putArray("stories");
        for (Story s : e.stories()) stories.add(story(s));
        return o;
    }

    private static ObjectNode settings(EditionSettings s) {
        ObjectNode o = F.objectNode();
        o.put("pageNaming", Names.of(s.pageNaming()));
        o.put("inkLimit", s.inkLimit());
        length(o, "bleed", s.bleed());
        if (s.firstPageNumber() != 1) o.put("firstPageNumber", s.firstPageNumber());
        if (s.sectionNumbering()) o.put("sectionNumbering", true);
        return o;
    }

    private static ObjectNode template(PageTemplate t) {
        ObjectNode o = F.objectNode();
        o.put("name", t.name());
        length(o, "trimWidth", t.trimWidth());
        length(o, "trimHeight", t.trimHeight());
        length(o, "marginTop", t.marginTop());
        length(o, "marginLeft", t.marginLeft());
        length(o, "bodySize", t.bodySize());
        o.put("charsPerColumn", t.charsPerColumn());
        o.put("gapChars", t.gapChars());
        o.put("columns", t.columns());
        o.put("lines", t.lines());
        length(o, "pitch", t.pitch());
        return o;
    }

    private static ObjectNode styles(StyleSheet sheet) {
        ObjectNode o = F.objectNode();
        ArrayNode paragraph = o.putArray("paragraph");
        for (ParagraphStyle s : sheet.paragraphStyles()) paragraph.add(paragraphStyle(s, sheet));
        ArrayNode character = o.putArray("character");
        for (CharStyle s : sheet.charStyles()) character.add(charStyle(s));
        return o;
    }

    /** Keys a style based on none leaves out at these values (the others are always written). */
    private static final ObjectNode ROOT_DEFAULTS = F.objectNode();

    static {
        decimal(ROOT_DEFAULTS, "leftIndentChars", 0);
        decimal(ROOT_DEFAULTS, "rightIndentChars", 0);
        decimal(ROOT_DEFAULTS, "spreadChars", 0);
        ROOT_DEFAULTS.put("uprightDigits", ParagraphStyle.DEFAULT_UPRIGHT_DIGITS);
        ROOT_DEFAULTS.set("type", F.objectNode());
        ROOT_DEFAULTS.put("role", Names.of(StyleRole.BODY));
        ROOT_DEFAULTS.put("keepWithNextLines", 0);
        ROOT_DEFAULTS.put("keepFirstLines", 0);
        ROOT_DEFAULTS.put("keepLastLines", 0);
    }

    /**
     * A paragraph style. One based on another is written as its name, its
     * parent and only the values that differ from the parent's, so a change
     * to the parent reaches it when the file is read.
     */
    private static ObjectNode paragraphStyle(ParagraphStyle s, StyleSheet sheet) {
        ObjectNode o = allValues(s);
        ParagraphStyle parent = s.basedOn().isEmpty() ? null : sheet.find(s.basedOn()).orElse(null);
        if (parent == null) {
            ROOT_DEFAULTS.fields().forEachRemaining(d -> {
                if (d.getValue().equals(o.get(d.getKey()))) o.remove(d.getKey());
            });
            return o;
        }
        ObjectNode inherited = allValues(parent);
        ObjectNode out = F.objectNode();
        out.put("name", s.name());
        out.put("basedOn", s.basedOn());
        o.fields().forEachRemaining(f -> {
            if (!out.has(f.getKey()) && !f.getValue().equals(inherited.get(f.getKey()))) out.set(f.getKey(), f.getValue());
        });
        return out;
    }

    /** Every value of a style, defaults included, in the file's key order. */
    private static ObjectNode allValues(ParagraphStyle s) {
        ObjectNode o = F.objectNode();
        o.put("name", s.name());
        o.put("family", s.family().chinese());
        o.put("bold", s.bold());
        length(o, "size", s.size());
        o.put("linesPerLine", s.linesPerLine());
        decimal(o, "indentChars", s.indentChars());
        o.put("alignment", Names.of(s.alignment()));
        o.put("spaceBeforeLines", s.spaceBeforeLines());
        o.put("spaceAfterLines", s.spaceAfterLines());
        o.put("prohibition", Names.of(s.prohibition()));
        o.set("color", cmyk(s.color()));
        decimal(o, "leftIndentChars", s.leftIndentChars());
        decimal(o, "rightIndentChars", s.rightIndentChars());
        decimal(o, "spreadChars", s.spreadChars());
        o.put("uprightDigits", s.uprightDigits());
        o.set("type", typeSettings(s.type()));
        o.put("role", Names.of(s.role()));
        o.put("keepWithNextLines", s.keepWithNextLines());
        o.put("keepFirstLines", s.keepFirstLines());
        o.put("keepLastLines", s.keepLastLines());
        return o;
    }

    /** The type settings that differ from the default ({} for the default). */
    private static ObjectNode typeSettings(TypeSettings t) {
        TypeSettings d = TypeSettings.DEFAULT;
        ObjectNode o = F.objectNode();
        if (t.horizontalScale() != d.horizontalScale()) o.put("horizontalScale", t.horizontalScale());
        if (t.verticalScale() != d.verticalScale()) o.put("verticalScale", t.verticalScale());
        if (t.tracking() != d.tracking()) o.put("tracking", t.tracking());
        if (t.hanLatin() != d.hanLatin()) o.put("hanLatinSpace", Names.of(t.hanLatin()));
        if (t.punctuation() != d.punctuation()) o.put("punctuationWidth", Names.of(t.punctuation()));
        return o;
    }

    private static ObjectNode charStyle(CharStyle s) {
        ObjectNode o = F.objectNode();
        o.put("name", s.name());
        if (s.family() != null) o.put("family", s.family().chinese());
        if (s.bold() != null) o.put("bold", s.bold());
        if (s.color() != null) o.set("color", cmyk(s.color()));
        if (s.size() != null) length(o, "size", s.size());
        if (s.horizontalScale() != null) o.put("horizontalScale", s.horizontalScale());
        if (s.verticalScale() != null) o.put("verticalScale", s.verticalScale());
        if (s.tracking() != null) o.put("tracking", s.tracking());
        if (s.emphasisDots()) o.put("emphasisDots", true);
        return o;
    }

    /** "C0 M100 Y100 K0": how print people write a process colour. */
    static TextNode cmyk(Cmyk c) {
        return F.textNode("C" + c.c() + " M" + c.m() + " Y" + c.y() + " K" + c.k());
    }

    private static ObjectNode page(Page p) {
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.put("label", p.label());
        o.put("section", p.section());
        o.put("template", p.template());
        if (p.number() != 0) o.put("number", p.number());
        ArrayNode frames = o.putArray("frames");
        for (Frame f : p.frames()) frames.add(frame(f));
        return o;
    }

    static ObjectNode frame(Frame f) {
        ObjectNode o = F.objectNode();
        o.put("type", f.kind());
        o.put("id", f.id());
        o.set("bounds", rect(f.bounds()));
        if (f instanceof TextFrame t) {
            o.put("columns", t.columns());
            length(o, "gap", t.gap());
            Insets in = t.insets();
            if (in.isUniform() && in.top() != 0) length(o, "inset", in.top());
            if (!in.isUniform()) {
                ObjectNode n = o.putObject("insets");
                length(n, "top", in.top());
                length(n, "right", in.right());
                length(n, "bottom", in.bottom());
                length(n, "left", in.left());
            }
            if (t.verticalAlign() != VerticalAlign.TOP) o.put("verticalAlign", Names.of(t.verticalAlign()));
            look(o, t.look());
            if (t.writingMode().vertical()) o.put("writingMode", Names.of(t.writingMode()));
            ColumnRule cr = t.columnRule();
            if (cr != null) {
                ObjectNode n = o.putObject("columnRule");
                length(n, "weight", cr.weight());
                if (cr.style() != RuleStyle.SOLID) n.put("style", Names.of(cr.style()));
                if (!cr.color().equals(Cmyk.BLACK)) n.set("color", cmyk(cr.color()));
            }
        } else if (f instanceof HeadlineFrame h) {
            look(o, h.look());
            if (h.writingMode().vertical()) o.put("writingMode", Names.of(h.writingMode()));
        } else if (f instanceof ImageFrame i) {
            o.put("path", i.path());
            if (i.fit() != ImageFit.FILL) o.put("fit", Names.of(i.fit()));
            if (i.scale() != 1.0) decimal(o, "scale", i.scale());
            if (i.offsetX() != 0) length(o, "offsetX", i.offsetX());
            if (i.offsetY() != 0) length(o, "offsetY", i.offsetY());
            if (!i.captionFrameId().isEmpty()) o.put("captionFrame", i.captionFrameId());
            if (i.rotation() != 0) o.put("rotation", i.rotation() * 90);
            look(o, i.look());
        } else if (f instanceof RuleFrame r) {
            o.put("style", Names.of(r.style()));
            length(o, "weight", r.weight());
            if (!r.color().equals(Cmyk.BLACK)) o.set("color", cmyk(r.color()));
        } else if (f instanceof AdFrame a) {
            o.put("advertiser", a.advertiser());
            if (!a.placedFile().isEmpty()) o.put("placedFile", a.placedFile());
            if (a.placedPage() != 1) o.put("placedPage", a.placedPage());
            look(o, a.look());
        } else if (f instanceof HeaderFrame h) {
            o.put("pattern", h.pattern());
            o.put("style", h.style());
        } else if (f instanceof TableFrame t) {
            TableJson.write(o, t);
        }
        if (!(f instanceof RuleFrame) && !(f instanceof HeaderFrame)) wrap(o, f.wrap());
        if (f.locked()) o.put("locked", true);
        if (!f.group().isEmpty()) o.put("group", f.group());
        return o;
    }

    /** Fill, tint, reversed and border, each only when it is not the default. */
    private static void look(ObjectNode o, FrameLook look) {
        if (look.fill() != null) o.set("fill", cmyk(look.fill()));
        if (look.tint() != 100) o.put("tint", look.tint());
        if (look.reversed()) o.put("reversed", true);
        FrameBorder b = look.border();
        if (b == null) return;
        ObjectNode n = o.putObject("border");
        length(n, "weight", b.weight());
        if (b.style() != BorderStyle.SOLID) n.put("style", Names.of(b.style()));
        if (!b.color().equals(Cmyk.BLACK)) n.set("color", cmyk(b.color()));
        if (b.radius() != 0) length(n, "radius", b.radius());
        if (!b.allSides()) {
            ArrayNode sides = n.putArray("sides");
            if (b.top()) sides.add("top");
            if (b.right()) sides.add("right");
            if (b.bottom()) sides.add("bottom");
            if (b.left()) sides.add("left");
        }
    }

    private static void wrap(ObjectNode o, TextWrap w) {
        if (w == null) return;
        ObjectNode n = o.putObject("wrap");
        length(n, "offset", w.offset());
    }

    private static ObjectNode rect(Rect r) {
        ObjectNode o = F.objectNode();
        length(o, "x", r.x());
        length(o, "y", r.y());
        length(o, "width", r.width());
        length(o, "height", r.height());
        return o;
    }

    private static ObjectNode story(Story s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        if (s.continuationHeadline()) o.put("continuationHeadline", true);
        if (s.balanceLastFrame()) o.put("balanceLastFrame", true);
        ArrayNode chain = o.putArray("chain");
        for (FrameRef r : s.chain()) {
            ObjectNode link = chain.addObject();
            link.put("page", r.pageId());
            link.put("frame", r.frameId());
        }
        ArrayNode paragraphs = o.putArray("paragraphs");
        for (Paragraph p : s.paragraphs()) paragraphs.add(paragraph(p));
        return o;
    }

    private static ObjectNode paragraph(Paragraph p) {
        ObjectNode o = F.objectNode();
        o.put("style", p.style());
        o.put("text", p.text());
        List<CharRun> runs = p.runs();
        if (!runs.isEmpty()) {
            ArrayNode a = o.putArray("runs");
            for (CharRun r : runs) {
                ObjectNode n = a.addObject();
                n.put("start", r.start());
                n.put("end", r.end());
                n.put("style", r.style());
            }
        }
        return o;
    }

    /** A double written without a needless ".0"; reads back to the same double. */
    private static void decimal(ObjectNode o, String key, double d) {
        BigDecimal v = BigDecimal.valueOf(d).stripTrailingZeros();
        o.put(key, v.scale() < 0 ? v.setScale(0) : v);
    }

    private static void length(ObjectNode o, String key, int mpt) {
        o.put(key, Lengths.toPoints(mpt));
    }
}
