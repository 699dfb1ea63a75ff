package paiban.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import paiban.compose.flow.EditionComposer;
import paiban.compose.flow.VerticalEditions;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Edition;

/** A page with a vertical headline and story publishes: its ALTO is valid and its vertical lines are columns. */
class VerticalAltoTest {
    static EditionLayout layout;
    static Path dir;
    static Schema schema;

    @BeforeAll static void publish() throws Exception {
        Edition e = VerticalEditions.page();
        layout = new EditionComposer(FontLibrary.shared()).compose(e, Path.of("."));
        dir = Files.createTempDirectory("paiban-vertical-publish");
        new Publisher(PublishSettings.defaults()).publish(e, layout, dir, Publisher.Progress.NONE);
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setResourceResolver(new AltoSchemaTest.OfflineSchemas());
        URL alto = VerticalAltoTest.class.getResource("/alto/alto-4-4.xsd");
        schema = f.newSchema(new StreamSource(alto.openStream(), alto.toString()));
    }

    @Test void theAltoIsValid() throws Exception {
        PageLayout p = layout.pages().get(0);
        schema.newValidator().validate(new StreamSource(dir.resolve(SiteNames.alto(p)).toFile()));
    }

    @Test void aVerticalLineIsItsColumnWithItsTextInReadingOrder() throws Exception {
        PageLayout p = layout.pages().get(0);
        List<LineBox> vertical = p.lines().stream().filter(l -> l.vertical() && l.storyId().equals("v")).toList();
        assertFalse(vertical.isEmpty());
        Document doc = AltoSchemaTest.parse(dir.resolve(SiteNames.alto(p)));
        NodeList lines = doc.getElementsByTagNameNS(AltoPage.NS, "TextLine");
        int checked = 0;
        for (LineBox l : vertical) {
            if (l.text().isBlank()) continue;
            Element found = null;
            for (int i = 0; i < lines.getLength() && found == null; i++) {
                Element e = (Element) lines.item(i);
                if (text(e).equals(l.text())) found = e;
            }
            assertTrue(found != null, "no TextLine reads " + l.text());
            double hpos = num(found, "HPOS"), vpos = num(found, "VPOS"), width = num(found, "WIDTH"), height = num(found, "HEIGHT");
            double axis = mm10(l.baseline()), top = mm10(l.x());
            // the column: about its axis, starting at the line's top, running down the page
            assertTrue(hpos < axis && axis < hpos + width, hpos + " " + width + " axis " + axis);
            assertTrue(vpos >= top - 0.01 && vpos + height <= top + mm10(l.width()) + 0.01, vpos + " " + height + " top " + top);
            if (l.text().codePointCount(0, l.text().length()) > 1) assertTrue(height > width, "a column is tall: " + width + "×" + height);
            // each String lies inside the column, one below the other
            NodeList strings = found.getElementsByTagNameNS(AltoPage.NS, "String");
            double last = -1;
            for (int j = 0; j < strings.getLength(); j++) {
                Element s = (Element) strings.item(j);
                assertTrue(num(s, "HPOS") >= hpos - 0.01 && num(s, "HPOS") + num(s, "WIDTH") <= hpos + width + 0.01);
                assertTrue(num(s, "VPOS") >= last - 0.01, "strings run down the column");
                last = num(s, "VPOS");
            }
            checked++;
        }
        assertTrue(checked >= 2, "headline and story columns checked: " + checked);
    }

    @Test void theVerticalHeadlineIsOneTallTextLine() throws Exception {
        // the 主题 is set vertically: its TextLine is taller than wide
        PageLayout p = layout.pages().get(0);
        Document doc = AltoSchemaTest.parse(dir.resolve(SiteNames.alto(p)));
        NodeList lines = doc.getElementsByTagNameNS(AltoPage.NS, "TextLine");
        boolean seen = false;
        for (int i = 0; i < lines.getLength(); i++) {
            Element e = (Element) lines.item(i);
            if (!text(e).equals("滨江两岸迎来新春")) continue;
            assertTrue(num(e, "HEIGHT") > 4 * num(e, "WIDTH"), num(e, "WIDTH") + "×" + num(e, "HEIGHT"));
            seen = true;
        }
        assertTrue(seen, "the vertical 主题 is one TextLine");
    }

    private static String text(Element line) {
        StringBuilder sb = new StringBuilder();
        NodeList strings = line.getElementsByTagNameNS(AltoPage.NS, "String");
        for (int j = 0; j < strings.getLength(); j++) sb.append(((Element) strings.item(j)).getAttribute("CONTENT"));
        return sb.toString();
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static double mm10(int mpt) {
        return mpt * 254.0 / 72000.0;
    }
}
