package paiban.io.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import paiban.model.Edition;
import paiban.model.Limits;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageNaming;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.frame.HeaderFrame;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.ColumnRule;
import paiban.model.frame.Insets;
import paiban.model.frame.FrameBorder;
import paiban.model.frame.FrameLook;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFit;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TextFrame;
import paiban.model.frame.WritingMode;
import paiban.model.frame.TextWrap;
import paiban.model.frame.VerticalAlign;
import paiban.model.story.CharRun;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.Alignment;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.HanLatinSpace;
import paiban.model.style.PunctuationWidth;
import paiban.model.style.TypeSettings;
import paiban.model.style.ProhibitionLevel;
import paiban.model.style.StyleRole;
import paiban.model.style.StyleSheet;

/**
 * Builds the model from a JSON tree of the current version (see
 * {@link FormatVersion#upgrade}). Fails with a {@link FormatError} at the
 * first problem; the model's own checks become errors at the same place.
 */
public final class EditionReader {
    private EditionReader() {}

    public static Edition fromTree(ObjectNode root) {
        In in = new In(root);
        in.get("format");
        in.get("version");
        String name = in.string("name", "");
        LocalDate date = null;
        In d = in.opt("date");
        if (d != null) {
            try {
                date = LocalDate.parse(d.string());
            } catch (DateTimeParseException e) {
                throw d.error("\"" + Excerpt.of(d.string()) + "\" is not a date written as YYYY-MM-DD");
            }
        }
        In s = in.opt("settings");
        EditionSettings settings = s == null ? EditionSettings.defaults() : settings(s);
        List<PageTemplate> templates = new ArrayList<>();
        In templatesIn = in.get("templates");
        for (In t : templatesIn.list()) templates.add(template(t));
        if (templates.isEmpty()) throw templatesIn.error("an edition needs at least one page template");
        StyleSheet styles = styles(in.get("styles"));
        List<Page> pages = new ArrayList<>();
        Set<String> pageIds = new HashSet<>();
        List<In> pageIns = in.get("pages").list();
        for (In p : pageIns) {
            Page page = page(p);
            if (templates.stream().noneMatch(t -> t.name().equals(page.template()))) {
                throw p.get("template").error("there is no page template named \"" + Excerpt.of(page.template()) + "\" (the edition has "
                        + Excerpt.of(String.join(", ", templates.stream().map(PageTemplate::name).toList())) + ")");
            }
            if (!pageIds.add(page.id())) throw p.get("id").error("another page already has the id \"" + Excerpt.of(page.id()) + "\"");
            pages.add(page);
        }
        List<Story> stories = new ArrayList<>();
        Set<String> storyIds = new HashSet<>();
        for (In st : in.get("stories").list()) {
            Story story = story(st);
            if (!storyIds.add(story.id())) throw st.get("id").error("another story already has the id \"" + Excerpt.of(story.id()) + "\"");
            stories.add(story);
        }
        in.done();
        LocalDate editionDate = date;
        Edition edition = in.build(() -> new Edition(name, editionDate, settings, templates, styles, pages, stories));
        TableJson.checkChains(edition, pageIns);
        return edition;
    }

    private static EditionSettings settings(In in) {
        in.object();
        EditionSettings def = EditionSettings.defaults();
        PageNaming naming = in.enumValue("pageNaming", PageNaming.class, def.pageNaming());
        int ink = in.integer("inkLimit", def.inkLimit());
        int bleed = in.length("bleed", def.bleed(), 0, Limits.MAX_BLEED);
        int first = in.integer("firstPageNumber", def.firstPageNumber(), 1, Limits.MAX_PAGE_NUMBER);
        boolean bySection = in.bool("sectionNumbering", def.sectionNumbering());
        in.done();
        return in.build(() -> new EditionSettings(naming, ink, bleed, first, bySection));
    }

    private static PageTemplate template(In in) {
        in.object();
        String name = in.string("name");
        int trimWidth = in.length("trimWidth", 1, Limits.MAX_PAGE_SIDE);
        int trimHeight = in.length("trimHeight", 1, Limits.MAX_PAGE_SIDE);
        int marginTop = in.length("marginTop", 0, Limits.MAX_PAGE_SIDE);
        int marginLeft = in.length("marginLeft", 0, Limits.MAX_PAGE_SIDE);
        int bodySize = in.length("bodySize", Limits.MIN_TYPE_SIZE, Limits.MAX_TYPE_SIZE);
        int charsPerColumn = in.integer("charsPerColumn", 1, Limits.MAX_CHARS_PER_COLUMN);
        int gapChars = in.integer("gapChars", 0, Limits.MAX_GAP_CHARS);
        int columns = in.integer("columns", 1, Limits.MAX_COLUMNS);
        int lines = in.integer("lines", 1, Limits.MAX_LINES);
        int pitch = in.length("pitch", Limits.MIN_TYPE_SIZE, Limits.MAX_PAGE_SIDE);
        in.done();
        PageTemplate t = in.build(() -> new PageTemplate(name, trimWidth, trimHeight, marginTop, marginLeft, bodySize,
                charsPerColumn, gapChars, columns, lines, pitch));
        // Each factor is bounded above, so these products fit in a long; the type area must fit the page.
        long width = ((long) columns * charsPerColumn + (long) (columns - 1) * gapChars) * bodySize;
        long height = (long) (lines - 1) * pitch + bodySize;
        if (width > Limits.MAX_PAGE_SIDE || height > Limits.MAX_PAGE_SIDE) {
            throw in.error("the type area (" + mm(width) + " × " + mm(height) + " mm from columns, characters, gap, lines and pitch) "
                    + "is larger than the largest page, " + mm(Limits.MAX_PAGE_SIDE) + " mm");
        }
        return t;
    }

    private static long mm(long mpt) {
        return Math.round(paiban.model.unit.Units.toMm((int) Math.min(Integer.MAX_VALUE, mpt)));
    }

    private static StyleSheet styles(In in) {
        in.object();
        In list = in.get("paragraph");
        List<ParagraphStyle> paragraph = new StyleInheritance(list.list()).resolve();
        if (paragraph.isEmpty()) throw list.error("the style sheet needs at least one paragraph style");
        List<CharStyle> character = new ArrayList<>();
        In chars = in.opt("character");
        if (chars != null) for (In s : chars.list()) character.add(charStyle(s));
        in.done();
        return in.build(() -> new StyleSheet(paragraph, character));
    }

    /**
     * A paragraph style; a key left out takes the value of the style it is
     * based on ({@code parent}), or the default when it is based on none
     * (then family and size are required).
     */
    static ParagraphStyle paragraphStyle(In in, ParagraphStyle parent) {
        in.object();
        String name = in.string("name");
        String basedOn = in.string("basedOn", "");
        boolean root = parent == null;
        In f = root ? in.get("family") : in.opt("family");
        FontFamily family = f == null ? parent.family() : family(f);
        boolean bold = in.bool("bold", !root && parent.bold());
        int size = root ? in.length("size", Limits.MIN_TYPE_SIZE, Limits.MAX_TYPE_SIZE)
                : in.length("size", parent.size(), Limits.MIN_TYPE_SIZE, Limits.MAX_TYPE_SIZE);
        int linesPerLine = in.integer("linesPerLine", root ? 1 : parent.linesPerLine(), 1, Limits.MAX_LINES);
        double indent = in.decimal("indentChars", root ? 0 : parent.indentChars(), -Limits.MAX_INDENT_CHARS, Limits.MAX_INDENT_CHARS);
        Alignment alignment = in.enumValue("alignment", Alignment.class, root ? Alignment.JUSTIFY : parent.alignment());
        int before = in.integer("spaceBeforeLines", root ? 0 : parent.spaceBeforeLines(), 0, Limits.MAX_LINES);
        int after = in.integer("spaceAfterLines", root ? 0 : parent.spaceAfterLines(), 0, Limits.MAX_LINES);
        ProhibitionLevel level = in.enumValue("prohibition", ProhibitionLevel.class,
                root ? ProhibitionLevel.STRICT : parent.prohibition());
        In c = in.opt("color");
        Cmyk color = c == null ? (root ? Cmyk.BLACK : parent.color()) : cmyk(c);
        double left = in.decimal("leftIndentChars", root ? 0 : parent.leftIndentChars(), 0, Limits.MAX_INDENT_CHARS);
        double right = in.decimal("rightIndentChars", root ? 0 : parent.rightIndentChars(), 0, Limits.MAX_INDENT_CHARS);
        double spread = in.decimal("spreadChars", root ? 0 : parent.spreadChars(), 0, Limits.MAX_INDENT_CHARS);
        int upright = in.integer("uprightDigits", root ? ParagraphStyle.DEFAULT_UPRIGHT_DIGITS : parent.uprightDigits(),
                0, ParagraphStyle.MAX_UPRIGHT_DIGITS);
        In t = in.opt("type");
        TypeSettings type = t == null ? (root ? TypeSettings.DEFAULT : parent.type()) : typeSettings(t);
        StyleRole role = in.enumValue("role", StyleRole.class, root ? StyleRole.BODY : parent.role());
        int keepWithNext = in.integer("keepWithNextLines", root ? 0 : parent.keepWithNextLines(), 0, Limits.MAX_LINES);
        int keepFirst = in.integer("keepFirstLines", root ? 0 : parent.keepFirstLines(), 0, Limits.MAX_LINES);
        int keepLast = in.integer("keepLastLines", root ? 0 : parent.keepLastLines(), 0, Limits.MAX_LINES);
        in.done();
        return in.build(() -> new ParagraphStyle(name, family, bold, size, linesPerLine, indent, alignment,
                before, after, level, color, left, right, spread, upright, type, role, basedOn, keepWithNext, keepFirst, keepLast));
    }

    /**
     * A paragraph style's type settings; every key optional, absent at its
     * default (a style based on another writes its whole "type" when it differs).
     */
    private static TypeSettings typeSettings(In in) {
        in.object();
        TypeSettings d = TypeSettings.DEFAULT;
        int h = in.integer("horizontalScale", d.horizontalScale(), TypeSettings.MIN_SCALE, TypeSettings.MAX_SCALE);
        int v = in.integer("verticalScale", d.verticalScale(), TypeSettings.MIN_SCALE, TypeSettings.MAX_SCALE);
        int tracking = in.integer("tracking", d.tracking(), TypeSettings.MIN_TRACKING, TypeSettings.MAX_TRACKING);
        HanLatinSpace hanLatin = in.enumValue("hanLatinSpace", HanLatinSpace.class, d.hanLatin());
        PunctuationWidth punctuation = in.enumValue("punctuationWidth", PunctuationWidth.class, d.punctuation());
        in.done();
        return in.build(() -> new TypeSettings(h, v, tracking, hanLatin, punctuation));
    }

    private static CharStyle charStyle(In in) {
        in.object();
        String name = in.string("name");
        In f = in.opt("family");
        FontFamily family = f == null ? null : family(f);
        In b = in.opt("bold");
        Boolean bold = b == null ? null : b.bool();
        In c = in.opt("color");
        Cmyk color = c == null ? null : cmyk(c);
        Integer size = in.has("size") ? in.length("size", Limits.MIN_TYPE_SIZE, Limits.MAX_TYPE_SIZE) : null;
        Integer h = optional(in, "horizontalScale", TypeSettings.MIN_SCALE, TypeSettings.MAX_SCALE);
        Integer v = optional(in, "verticalScale", TypeSettings.MIN_SCALE, TypeSettings.MAX_SCALE);
        Integer tracking = optional(in, "tracking", TypeSettings.MIN_TRACKING, TypeSettings.MAX_TRACKING);
        boolean dots = in.bool("emphasisDots", false);
        in.done();
        return in.build(() -> new CharStyle(name, family, bold, color, size, h, v, tracking, dots));
    }

    private static Integer optional(In in, String key, int min, int max) {
        return in.has(key) ? in.integer(key, min, max) : null;
    }

    private static final String FAMILIES = String.join(", ",
            java.util.Arrays.stream(FontFamily.values()).map(FontFamily::chinese).toList());

    /** Written as the Chinese name (宋体, 标宋, …); the enum name (song, biaosong) is accepted too. */
    private static FontFamily family(In in) {
        String text = in.string();
        for (FontFamily f : FontFamily.values()) {
            if (f.chinese().equals(text) || Names.of(f).equals(text)) return f;
        }
        throw in.error("\"" + Excerpt.of(text) + "\" is not a font family (" + FAMILIES + ")");
    }

    /** "C0 M100 Y100 K0" (inks left out are 0), or an object {"c": 0, "m": 100, …}. */
    static Cmyk cmyk(In in) {
        if (in.node().isTextual()) return cmykText(in);
        in.object();
        int c = in.integer("c", 0);
        int m = in.integer("m", 0);
        int y = in.integer("y", 0);
        int k = in.integer("k", 0);
        in.done();
        return in.build(() -> new Cmyk(c, m, y, k));
    }

    private static Cmyk cmykText(In in) {
        int[] inks = new int[4];
        String text = in.string().trim();
        if (text.isEmpty()) throw in.error("a colour needs its inks, such as \"C0 M0 Y0 K100\"");
        for (String part : text.split("[\\s,]+")) {
            int ink = part.isEmpty() ? -1 : "CMYK".indexOf(Character.toUpperCase(part.charAt(0)));
            if (ink < 0 || part.length() < 2) {
                throw in.error("\"" + Excerpt.of(text) + "\" is not a CMYK colour (write it like \"C0 M100 Y100 K0\")");
            }
            try {
                inks[ink] = Integer.parseInt(part.substring(1).replace("%", ""));
            } catch (NumberFormatException e) {
                throw in.error("\"" + Excerpt.of(text) + "\" is not a CMYK colour (write it like \"C0 M100 Y100 K0\")");
            }
        }
        return in.build(() -> new Cmyk(inks[0], inks[1], inks[2], inks[3]));
    }

    private static Page page(In in) {
        in.object();
        String id = in.string("id");
        String label = in.string("label", "");
        String section = in.string("section", "");
        String template = in.string("template");
        int number = in.integer("number", 0);
        List<Frame> frames = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (In f : in.get("frames").list()) {
            Frame frame = frame(f);
            if (!ids.add(frame.id())) throw f.get("id").error("another frame on this page already has the id \"" + Excerpt.of(frame.id()) + "\"");
            frames.add(frame);
        }
        in.done();
        return in.build(() -> new Page(id, label, section, template, frames, number));
    }

    private static Frame frame(In in) {
        in.object();
        In typeIn = in.get("type");
        String type = typeIn.string();
        String id = in.string("id");
        if (id.isBlank()) throw in.get("id").error("a frame needs a non-empty id");
        Rect bounds = rect(in.get("bounds"));
        Frame frame = switch (type) {
            case "text" -> {
                int columns = in.integer("columns", 1, 1, Limits.MAX_COLUMNS);
                int gap = in.length("gap", 0, 0, Limits.MAX_PAGE_SIDE);
                int inset = in.length("inset", 0, 0, Limits.MAX_PAGE_SIDE);
                VerticalAlign va = in.enumValue("verticalAlign", VerticalAlign.class, VerticalAlign.TOP);
                TextWrap wrap = wrap(in);
                boolean locked = in.bool("locked", false);
                String group = in.string("group", "");
                FrameLook look = look(in);
                WritingMode mode = in.enumValue("writingMode", WritingMode.class, WritingMode.HORIZONTAL);
                Insets insets = insets(in.opt("insets"), inset);
                ColumnRule columnRule = columnRule(in.opt("columnRule"));
                yield in.build(() -> new TextFrame(id, bounds, columns, gap, inset, va, wrap, locked, group, look,
                        insets, columnRule, mode));
            }
            case "headline" -> {
                TextWrap wrap = wrap(in);
                boolean locked = in.bool("locked", false);
                String group = in.string("group", "");
                FrameLook look = look(in);
                WritingMode mode = in.enumValue("writingMode", WritingMode.class, WritingMode.HORIZONTAL);
                yield in.build(() -> new HeadlineFrame(id, bounds, wrap, locked, group, look, mode));
            }
            case "image" -> {
                String path = in.string("path");
                ImageFit fit = in.enumValue("fit", ImageFit.class, ImageFit.FILL);
                double scale = in.decimal("scale", 1.0, Limits.MIN_IMAGE_SCALE, Limits.MAX_IMAGE_SCALE);
                int offsetX = in.length("offsetX", 0);
                int offsetY = in.length("offsetY", 0);
                String caption = in.string("captionFrame", "");
                TextWrap wrap = wrap(in);
                boolean locked = in.bool("locked", false);
                String group = in.string("group", "");
                int rotation = rotation(in);
                FrameLook look = look(in);
                yield in.build(() -> new ImageFrame(id, bounds, path, fit, scale, offsetX, offsetY, caption, wrap, locked,
                        group, rotation, look));
            }
            case "rule" -> {
                RuleStyle style = in.enumValue("style", RuleStyle.class, RuleStyle.SOLID);
                int weight = in.length("weight", 1, Limits.MAX_PAGE_SIDE);
                In c = in.opt("color");
                Cmyk color = c == null ? Cmyk.BLACK : cmyk(c);
                boolean locked = in.bool("locked", false);
                String group = in.string("group", "");
                yield in.build(() -> new RuleFrame(id, bounds, style, weight, color, locked, group));
            }
            case "ad" -> {
                String advertiser = in.string("advertiser", "");
                String placed = in.string("placedFile", "");
                int placedPage = in.integer("placedPage", 1);
                TextWrap wrap = wrap(in);
                boolean locked = in.bool("locked", false);
                String group = in.string("group", "");
                FrameLook look = look(in);
                yield in.build(() -> new AdFrame(id, bounds, advertiser, placed, placedPage, wrap, locked, group, look));
            }
            case "header" -> {
                String pattern = in.string("pattern", "");
                String style = in.string("style", "眉头");
                boolean locked = in.bool("locked", false);
                String group = in.string("group", "");
                yield in.build(() -> new HeaderFrame(id, bounds, pattern, style, locked, group));
            }
            case "table" -> {
                TextWrap wrap = wrap(in);
                boolean locked = in.bool("locked", false);
                String group = in.string("group", "");
                yield TableJson.read(in, id, bounds, wrap, locked, group);
            }
            default -> throw typeIn.error("\"" + Excerpt.of(type) + "\" is not a kind of frame "
                    + "(text, headline, image, rule, ad, header or table)");
        };
        in.done();
        return frame;
    }

    /** The optional fill, tint, reversed and border keys of a text, headline, image or ad frame. */
    private static FrameLook look(In frame) {
        In f = frame.opt("fill");
        Cmyk fill = f == null ? null : cmyk(f);
        int tint = frame.integer("tint", 100, 1, 100);
        boolean reversed = frame.bool("reversed", false);
        FrameBorder border = border(frame.opt("border"));
        return frame.build(() -> new FrameLook(fill, tint, reversed, border));
    }

    private static FrameBorder border(In b) {
        if (b == null) return null;
        b.object();
        int weight = b.length("weight", 1, Limits.MAX_PAGE_SIDE);
        BorderStyle style = b.enumValue("style", BorderStyle.class, BorderStyle.SOLID);
        In c = b.opt("color");
        Cmyk color = c == null ? Cmyk.BLACK : cmyk(c);
        boolean[] on = {true, true, true, true};
        In sides = b.opt("sides");
        if (sides != null) {
            on = new boolean[4];
            for (In side : sides.list()) {
                int i = java.util.List.of("top", "right", "bottom", "left").indexOf(side.string());
                if (i < 0) throw side.error("a border side is \"top\", \"right\", \"bottom\" or \"left\"");
                on[i] = true;
            }
        }
        int radius = b.length("radius", 0, 0, Limits.MAX_PAGE_SIDE);
        b.done();
        boolean[] s = on;
        return b.build(() -> new FrameBorder(weight, style, color, s[0], s[1], s[2], s[3], radius));
    }

    /** The optional per-side insets of a text frame ("insets": {"top": 9, ...}); a side left out has {@code inset}. */
    private static Insets insets(In i, int inset) {
        if (i == null) return null;
        i.object();
        int top = i.length("top", inset, 0, Limits.MAX_PAGE_SIDE);
        int right = i.length("right", inset, 0, Limits.MAX_PAGE_SIDE);
        int bottom = i.length("bottom", inset, 0, Limits.MAX_PAGE_SIDE);
        int left = i.length("left", inset, 0, Limits.MAX_PAGE_SIDE);
        i.done();
        return i.build(() -> new Insets(top, right, bottom, left));
    }

    /** The optional 栏线 of a text frame: weight, style and colour of the rule in each column gap. */
    private static ColumnRule columnRule(In r) {
        if (r == null) return null;
        r.object();
        int weight = r.length("weight", 1, Limits.MAX_PAGE_SIDE);
        RuleStyle style = r.enumValue("style", RuleStyle.class, RuleStyle.SOLID);
        if (style == RuleStyle.BOX) throw r.get("style").error("a column rule is a line, not a box");
        In c = r.opt("color");
        Cmyk color = c == null ? Cmyk.BLACK : cmyk(c);
        r.done();
        return r.build(() -> new ColumnRule(weight, style, color));
    }

    /** An image's turn, "rotation": 0, 90, 180 or 270 degrees clockwise; kept as quarter turns. */
    private static int rotation(In frame) {
        int degrees = frame.integer("rotation", 0, 0, 270);
        if (degrees % 90 != 0) {
            throw frame.get("rotation").error(degrees + " is not a quarter turn: 0, 90, 180 or 270 degrees here");
        }
        return degrees / 90;
    }

    private static TextWrap wrap(In frame) {
        In w = frame.opt("wrap");
        if (w == null) return null;
        w.object();
        int offset = w.length("offset", 0, 0, Limits.MAX_PAGE_SIDE);
        w.done();
        return w.build(() -> new TextWrap(offset));
    }

    private static Rect rect(In in) {
        in.object();
        int x = in.length("x");
        int y = in.length("y");
        int w = in.length("width", 0, Limits.MAX_LENGTH);
        int h = in.length("height", 0, Limits.MAX_LENGTH);
        in.done();
        return in.build(() -> new Rect(x, y, w, h));
    }

    private static Story story(In in) {
        in.object();
        String id = in.string("id");
        String title = in.string("title", "");
        boolean continuation = in.bool("continuationHeadline", false);
        boolean balance = in.bool("balanceLastFrame", false);
        List<FrameRef> chain = new ArrayList<>();
        for (In link : in.get("chain").list()) {
            link.object();
            String page = link.string("page");
            String frame = link.string("frame");
            link.done();
            chain.add(link.build(() -> new FrameRef(page, frame)));
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (In p : in.get("paragraphs").list()) paragraphs.add(paragraph(p));
        in.done();
        return in.build(() -> new Story(id, title, paragraphs, chain, continuation, balance));
    }

    private static Paragraph paragraph(In in) {
        in.object();
        String style = in.string("style", "正文");
        In textIn = in.get("text");
        String text = textIn.string();
        if (text.length() > Limits.MAX_PARAGRAPH_CHARS) {
            throw textIn.error("a paragraph of " + text.length() + " characters; at most " + Limits.MAX_PARAGRAPH_CHARS
                    + " (split it into paragraphs)");
        }
        List<CharRun> runs = new ArrayList<>();
        In r = in.opt("runs");
        if (r != null) {
            for (In run : r.list()) {
                run.object();
                int start = run.integer("start");
                int end = run.integer("end");
                String runStyle = run.string("style");
                run.done();
                runs.add(run.build(() -> new CharRun(start, end, runStyle)));
            }
        }
        in.done();
        return in.build(() -> new Paragraph(style, text, runs));
    }
}
