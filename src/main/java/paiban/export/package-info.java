/**
 * The print export (SPEC §8) as one service for the command line and the editor, with no JavaFX:
 * {@link paiban.export.ExportOptions} (pages, one file or one per page, crop marks, folder),
 * {@link paiban.export.PrintExport} (page selection, date, settings, the preflight gate, what is said after) and
 * {@link paiban.export.ExportJob} (the files written through {@code paiban.render.pdf.PdfExporter}, straight
 * through or cancellable between pages). Above preflight and render.pdf; below ui and cli.
 */
package paiban.export;
