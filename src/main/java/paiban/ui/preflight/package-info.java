/**
 * Preflight in the editor: the status bar's light (green, amber, red by the
 * worst finding) and the list of findings, where a click shows the page and
 * selects the frame concerned.
 */
package paiban.ui.preflight;
