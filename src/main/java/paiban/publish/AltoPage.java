package paiban.publish;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Rect;

/**
 * A page as ALTO v4 XML, written from the layout rather than recognised:
 * a TextBlock per frame holding text, a TextLine per composed line and a
 * String per glyph run, with the composer's own positions (in 1/10 mm,
 * ALTO's {@code mm10}); a vertical line (竖排) is its column's box, its
 * Strings stretches of it top to bottom, text in reading order; photos are Illustrations. Each article is a
 * StructureTag that its blocks name in TAGREFS.
 */
final class AltoPage {
    static final String NS = "http://www.loc.gov/standards/alto/ns-v4#";
    static final String SCHEMA = "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private AltoPage() {}

    static String tagId(Article a) {
        return "article-" + a.slug();
    }

    static String xml(Site site, PageLayout page) throws XMLStreamException {
        StringWriter out = new StringWriter(1 << 16);
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.setDefaultNamespace(NS);
        w.writeStartElement(NS, "alto");
        w.writeDefaultNamespace(NS);
        w.writeNamespace("xsi", XSI);
        w.writeAttribute(XSI, "schemaLocation", NS + " " + SCHEMA);
        w.writeAttribute("SCHEMAVERSION", "4.4");
        nl(w, 1);
        w.writeStartElement(NS, "Description");
        nl(w, 2);
        element(w, "MeasurementUnit", "mm10");
        nl(w, 2);
        w.writeStartElement(NS, "sourceImageInformation");
        nl(w, 3);
        element(w, "fileName", "../" + SiteNames.pageImage(page));
        nl(w, 2);
        w.writeEndElement();
        nl(w, 1);
        w.writeEndElement();

        Map<String, Article> owner = new HashMap<>(); // frame id → article
        List<Article> here = new ArrayList<>();
        for (PageZones.Zone z : site.zones().get(page.pageId()).zones()) {
            here.add(z.article());
            for (Article.PlacedFrame f : z.article().placement(page.pageId()).frames()) owner.put(f.frameId(), z.article());
        }
        if (!here.isEmpty()) {
            nl(w, 1);
            w.writeStartElement(NS, "Tags");
            for (Article a : here) {
                nl(w, 2);
                w.writeEmptyElement(NS, "StructureTag");
                w.writeAttribute("ID", tagId(a));
                w.writeAttribute("TYPE", "article");
                w.writeAttribute("LABEL", a.title());
                w.writeAttribute("URI", "../" + SiteNames.articleHtml(a));
            }
            nl(w, 1);
            w.writeEndElement();
        }

        nl(w, 1);
        w.writeStartElement(NS, "Layout");
        nl(w, 2);
        w.writeStartElement(NS, "Page");
        w.writeAttribute("ID", "page-" + page.number());
        w.writeAttribute("PHYSICAL_IMG_NR", Integer.toString(page.number()));
        String label = site.model(page).label();
        w.writeAttribute("PRINTED_IMG_NR", label.isBlank() ? page.name() : label);
        w.writeAttribute("WIDTH", mm10(page.width()));
        w.writeAttribute("HEIGHT", mm10(page.height()));
        nl(w, 3);
        w.writeStartElement(NS, "PrintSpace");
        w.writeAttribute("HPOS", "0");
        w.writeAttribute("VPOS", "0");
        w.writeAttribute("WIDTH", mm10(page.width()));
        w.writeAttribute("HEIGHT", mm10(page.height()));

        Set<LineBox> claimed = new HashSet<>();
        int block = 0, line = 0;
        for (FrameInfo f : page.frames()) {
            Article a = owner.get(f.frameId());
            if (f.kind() == FrameKind.IMAGE) {
                nl(w, 4);
                w.writeEmptyElement(NS, "Illustration");
                w.writeAttribute("ID", "p" + page.number() + "-i" + (++block));
                box(w, f.bounds());
                w.writeAttribute("TYPE", "photo");
                if (a != null) w.writeAttribute("TAGREFS", tagId(a));
                continue;
            }
            List<LineBox> lines = new ArrayList<>();
            Rect area = f.bounds().grow(1000);
            for (LineBox l : page.lines()) {
                if (claimed.contains(l) || !l.storyId().equals(f.storyId()) || PageZones.area(l).width() == 0) continue;
                if (PageZones.startsIn(area, l)) lines.add(l);
            }
            if (lines.isEmpty()) continue;
            claimed.addAll(lines);
            nl(w, 4);
            w.writeStartElement(NS, "TextBlock");
            w.writeAttribute("ID", "p" + page.number() + "-b" + (++block));
            box(w, union(lines));
            if (a != null) w.writeAttribute("TAGREFS", tagId(a));
            w.writeAttribute("LANG", "zh-CN");
            for (LineBox l : lines) {
                nl(w, 5);
                w.writeStartElement(NS, "TextLine");
                w.writeAttribute("ID", "p" + page.number() + "-l" + (++line));
                box(w, PageZones.area(l));
                for (GlyphRun r : l.runs()) {
                    if (r.length() == 0) continue;
                    nl(w, 6);
                    w.writeEmptyElement(NS, "String");
                    box(w, PageZones.area(l, r));
                    w.writeAttribute("CONTENT", r.text());
                }
                nl(w, 5);
                w.writeEndElement();
            }
            nl(w, 4);
            w.writeEndElement();
        }
        nl(w, 3);
        w.writeEndElement(); // PrintSpace
        nl(w, 2);
        w.writeEndElement(); // Page
        nl(w, 1);
        w.writeEndElement(); // Layout
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.close();
        return out.toString();
    }

    private static Rect union(List<LineBox> lines) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
        for (LineBox l : lines) {
            Rect r = PageZones.area(l);
            x0 = Math.min(x0, r.x());
            y0 = Math.min(y0, r.y());
            x1 = Math.max(x1, r.right());
            y1 = Math.max(y1, r.bottom());
        }
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    private static void box(XMLStreamWriter w, Rect r) throws XMLStreamException {
        w.writeAttribute("HPOS", mm10(r.x()));
        w.writeAttribute("VPOS", mm10(r.y()));
        w.writeAttribute("WIDTH", mm10(r.width()));
        w.writeAttribute("HEIGHT", mm10(r.height()));
    }

    /** Millipoints in tenths of a millimetre, two decimals. */
    static String mm10(int mpt) {
        return String.format(Locale.ROOT, "%.2f", mpt * 254.0 / 72000.0);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(NS, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
