/**
 * Print PDFs through PDFBox (SPEC §8).
 *
 * <p>{@link paiban.render.pdf.PdfExporter} writes laid-out pages as one file per page
 * ({@code 20260425-03.pdf}) or one per edition; {@link paiban.render.pdf.PrintDocument}
 * is one PDF being built, drawn page by page by {@link paiban.render.pdf.PdfPainter}
 * (a {@link paiban.render.Painter}). Fonts are Type0 / Identity-H over subset TrueType
 * programs: the layout's glyph ids go straight into TJ arrays, and each code's
 * ToUnicode entry is the character the layout drew with it. Colour is DeviceCMYK or
 * DeviceGray only; pure black overprints; RGB images are converted to CMYK, CMYK JPEGs
 * are embedded byte for byte up to 300 ppi (Adobe's inverted ones with a Decode array)
 * and resampled in CMYK above; no transparency; the
 * output intent names the IFRA26 newsprint condition.
 */
package paiban.render.pdf;
