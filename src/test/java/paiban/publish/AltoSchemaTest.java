package paiban.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

import paiban.layout.LineBox;
import paiban.layout.PageLayout;

/** The ALTO files of the published sample are valid ALTO 4.4 and hold the layout's text and places. */
class AltoSchemaTest {
    static PublishedSample site;
    static Schema schema;

    @BeforeAll static void load() throws Exception {
        site = PublishedSample.get();
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // the schema imports XLink from loc.gov; the test answers with the copy in its resources, offline
        f.setResourceResolver(new OfflineSchemas());
        URL alto = AltoSchemaTest.class.getResource("/alto/alto-4-4.xsd");
        assertNotNull(alto);
        schema = f.newSchema(new StreamSource(alto.openStream(), alto.toString()));
    }

    @Test void everyPageIsValidAlto() throws Exception {
        for (PageLayout p : site.layout.pages()) {
            Path file = site.dir.resolve(SiteNames.alto(p));
            schema.newValidator().validate(new StreamSource(file.toFile()));
        }
    }

    @Test void aBrokenFileIsRefused() throws Exception {
        // the schema really checks: a position must be a number
        String bad = java.nio.file.Files.readString(site.dir.resolve("alto/01.xml"))
                .replaceFirst("HPOS=\"0\" VPOS=\"0\"", "HPOS=\"left\" VPOS=\"0\"");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class, () ->
                schema.newValidator().validate(new StreamSource(new java.io.StringReader(bad))));
        assertTrue(e.getMessage().contains("left"), e.getMessage());
    }

    @Test void articlesAreTaggedAndTheirStringsAreTheLayoutsText() throws Exception {
        Document doc = parse(site.dir.resolve("alto/01.xml"));
        NodeList tags = doc.getElementsByTagNameNS(AltoPage.NS, "StructureTag");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < tags.getLength(); i++) labels.add(((Element) tags.item(i)).getAttribute("LABEL"));
        assertEquals(6, labels.size(), labels.toString());
        assertEquals("滨江四十二公里岸线今日全线贯通", labels.get(0));

        // the text of the blocks tagged as the lead, in order, is what page 1 prints of the lead and its headline
        StringBuilder alto = new StringBuilder();
        NodeList blocks = doc.getElementsByTagNameNS(AltoPage.NS, "TextBlock");
        for (int i = 0; i < blocks.getLength(); i++) {
            Element b = (Element) blocks.item(i);
            if (!b.getAttribute("TAGREFS").equals("article-lead")) continue;
            NodeList strings = b.getElementsByTagNameNS(AltoPage.NS, "String");
            for (int j = 0; j < strings.getLength(); j++) alto.append(((Element) strings.item(j)).getAttribute("CONTENT"));
        }
        PageLayout p1 = site.layout.pages().get(0);
        StringBuilder printed = new StringBuilder();
        for (String story : List.of("lead-head", "lead-caption", "lead"))
            for (LineBox l : p1.lines()) if (l.storyId().equals(story)) printed.append(l.text());
        assertEquals(sorted(printed.toString()), sorted(alto.toString()));

        // positions are the layout's, in 1/10 mm: the jump line's String sits where the layout set it
        NodeList strings = doc.getElementsByTagNameNS(AltoPage.NS, "String");
        LineBox jump = p1.lines().stream().filter(l -> l.generated() && l.text().contains("下转")).findFirst().orElseThrow();
        boolean found = false;
        for (int j = 0; j < strings.getLength(); j++) {
            Element s = (Element) strings.item(j);
            if (!s.getAttribute("CONTENT").equals(jump.text())) continue;
            double hpos = Double.parseDouble(s.getAttribute("HPOS")), vpos = Double.parseDouble(s.getAttribute("VPOS"));
            double height = Double.parseDouble(s.getAttribute("HEIGHT"));
            double baselineMm10 = jump.baseline() * 254.0 / 72000.0;
            assertTrue(vpos < baselineMm10 && baselineMm10 < vpos + height, vpos + " " + height + " " + baselineMm10);
            assertTrue(hpos >= jump.x() * 254.0 / 72000.0 - 0.01);
            found = true;
        }
        assertTrue(found, "the jump line is in the ALTO");
        assertEquals("mm10", doc.getElementsByTagNameNS(AltoPage.NS, "MeasurementUnit").item(0).getTextContent());
    }

    static String sorted(String s) {
        return s.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0x3000).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** Resolves the XLink schema the ALTO schema imports to the test's own copy. */
    static final class OfflineSchemas implements LSResourceResolver {
        @Override public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (!"http://www.w3.org/1999/xlink".equals(namespace)) return null;
            URL local = AltoSchemaTest.class.getResource("/alto/xlink.xsd");
            return new Input(local.toString());
        }
    }

    record Input(String systemId) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() {
            try {
                return new URL(systemId).openStream();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return "UTF-8"; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
