/**
 * The edition's files in the editor: new from a 对开 / 四开 template, open,
 * save, save as (atomic, with backup, through {@code paiban.io.EditionFile}),
 * autosave to a recovery copy and the offer to recover it, the
 * unsaved-changes question and the recent list. {@link paiban.ui.files.DocumentFiles}
 * holds the logic; the questions go through {@link paiban.ui.files.FileDialogs},
 * answered by dialogs in the window and by scripts in tests.
 */
package paiban.ui.files;
