/**
 * 文件 → 发布数字报…: the digital edition ({@link paiban.publish.Publisher}) written in the
 * background from the editor, with progress and cancel.
 */
package paiban.ui.publish;
