/**
 * Placed PDFs (ads supplied as PDF files) read with PDFBox for everyone who
 * needs them outside the print writer: where a page's TrimBox lands in its
 * frame ({@link paiban.render.placed.PlacedFit}), the screen's rendering of it
 * ({@link paiban.render.placed.AdRaster}, cached, made off the UI thread) and
 * what a plant's preflight finds in it ({@link paiban.render.placed.AdInspector}).
 * The print writer (render.pdf) imports the page itself as a form XObject.
 */
package paiban.render.placed;
