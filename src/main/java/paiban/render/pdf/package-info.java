/**
 * Print PDFs through PDFBox (SPEC §8).
 *
 * <p>{@link paiban.render.pdf.PdfExporter} writes laid-out pages as one file per page
 * ({@code 20260425-03.pdf}) or one per edition; {@link paiban.render.pdf.PrintDocument}
 * is one PDF being built, drawn page by page by {@link paiban.render.pdf.PdfPainter}
 * (a {@link paiban.render.Painter}). Fonts are Type0 / Identity-H over subset TrueType
 * programs: the layout's glyph ids go straight into TJ arrays, and each code's
 * ToUnicode entry is the character the layout drew with it. Colour is DeviceCMYK or
 * DeviceGray only; pure black overprints; RGB images are converted to CMYK through the
 * newsprint ICC profile ({@link paiban.render.image.PrintColour}) within the edition's
 * ink limit, CMYK JPEGs are embedded byte for byte up to 300 ppi (Adobe's inverted ones
 * with a Decode array) and resampled in CMYK above; no transparency. The document is
 * PDF/X-1a:2003 on PDF 1.4: the output intent (CGATS TR 002) embeds the profile as its
 * DestOutputProfile, and the Info dictionary and the XMP metadata say PDF/X-1:2003,
 * conformance PDF/X-1a:2003.
 */
package paiban.render.pdf;
