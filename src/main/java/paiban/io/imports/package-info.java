/**
 * Copy in: a reporter's .txt or .docx becomes a story.
 *
 * <p>{@link paiban.io.imports.StoryImporter#importFile(java.nio.file.Path)} is the entry point
 * (the editor's "place text", the {@code import} and {@code proof} commands). The pipeline:
 * <ol>
 *   <li>bytes → text: {@code TextDecoder} (BOM, UTF-8, BOM-less UTF-16, GB18030; the charset
 *       assumed goes in the report) or {@code DocxReader} (POI; Word styles through the
 *       user-editable {@link paiban.io.imports.StyleMapping}, bold runs as 粗体, pictures listed,
 *       tables / comments / footnotes / headers reported as skipped);</li>
 *   <li>text → paragraphs: {@code TextParagraphs} (one a line, or blank-line separated with
 *       hard-wrapped lines);</li>
 *   <li>clean-up: {@code TextCleaner}, one method per {@link paiban.io.imports.Cleanup} rule,
 *       each counted in the {@link paiban.io.imports.ImportReport};</li>
 *   <li>structure: {@code StructureRecognizer} (headline stack 引题 / 主题 / 副题, 电头, 署名, 小标题).</li>
 * </ol>
 * Rules only drop white space, join lines, swap a character for its other-width form, or set a
 * style, so the author's words always survive; bad input is an
 * {@link paiban.io.imports.ImportException} naming the file, never a partial story.
 * {@link paiban.io.imports.StoryJson} writes the standalone story file.
 */
package paiban.io.imports;
