/**
 * The export dialog (Ctrl+E): preflight first, then print PDFs through
 * {@code paiban.render.pdf.PdfExporter} on a worker thread, with progress and
 * a Cancel that stops between pages. {@link paiban.ui.export.ExportJob} is the
 * work without JavaFX, {@link paiban.ui.export.ExportViewModel} the dialog's state.
 */
package paiban.ui.export;
