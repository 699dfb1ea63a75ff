/**
 * Character formatting controls shared by the story editor and the canvas's
 * text mode: the 字符样式 picker, the 颜色 menu and the context menu
 * ({@link paiban.ui.format.CharFormatMenus}), acting through a
 * {@link paiban.ui.format.FormatTarget} on whichever selection they belong to.
 */
package paiban.ui.format;
