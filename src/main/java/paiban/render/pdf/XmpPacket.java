package paiban.render.pdf;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.UUID;

/**
 * The document's XMP metadata (the catalog's Metadata stream) as PDF/X-1a:2003
 * wants it: the same title, tool, dates and trapping as the Info dictionary,
 * the PDF/X version and conformance, and a document and version id.
 * Written as plain UTF-8 text, padded so a tool can edit it in place.
 */
final class XmpPacket {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private XmpPacket() {}

    static byte[] of(String title, String creator, String producer, Calendar when, String pdfxVersion,
                     String pdfxConformance) {
        String date = DATE.format(OffsetDateTime.ofInstant(when.toInstant(), ZoneId.of(when.getTimeZone().getID()))
                .truncatedTo(ChronoUnit.SECONDS));
        String id = "uuid:" + UUID.randomUUID();
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("  <rdf:Description rdf:about=\"\"\n");
        x.append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n");
        x.append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n");
        x.append("    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n");
        x.append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n");
        x.append("    xmlns:pdfx=\"http://ns.adobe.com/pdfx/1.3/\"\n");
        x.append("    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n");
        x.append("   <dc:format>application/pdf</dc:format>\n");
        x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        x.append("   <xmp:CreatorTool>").append(escape(creator)).append("</xmp:CreatorTool>\n");
        x.append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
        x.append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
        x.append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
        x.append("   <pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n");
        x.append("   <pdf:Trapped>False</pdf:Trapped>\n");
        x.append("   <xmpMM:DocumentID>").append(id).append("</xmpMM:DocumentID>\n");
        x.append("   <xmpMM:VersionID>1</xmpMM:VersionID>\n");
        x.append("   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n");
        x.append("   <pdfxid:GTS_PDFXVersion>").append(escape(pdfxVersion)).append("</pdfxid:GTS_PDFXVersion>\n");
        x.append("   <pdfx:GTS_PDFXVersion>").append(escape(pdfxVersion)).append("</pdfx:GTS_PDFXVersion>\n");
        x.append("   <pdfx:GTS_PDFXConformance>").append(escape(pdfxConformance)).append("</pdfx:GTS_PDFXConformance>\n");
        x.append("  </rdf:Description>\n");
        x.append(" </rdf:RDF>\n");
        x.append("</x:xmpmeta>\n");
        String pad = (" ".repeat(99) + "\n").repeat(20);
        x.append(pad);
        x.append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
