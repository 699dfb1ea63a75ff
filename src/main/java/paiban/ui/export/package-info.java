/**
 * The export dialog (Ctrl+E): preflight first, then print PDFs through
 * the export service {@link paiban.export.PrintExport} on a worker thread, with
 * progress and a Cancel that stops between pages (the same service as
 * {@code paiban export}); {@link paiban.ui.export.ExportViewModel} is the dialog's state.
 */
package paiban.ui.export;
