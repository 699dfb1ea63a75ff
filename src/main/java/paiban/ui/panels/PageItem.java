package paiban.ui.panels;

import paiban.layout.PageLayout;

/**
 * A page as the pages panel lists it.
 *
 * @param index   0-based position in the edition
 * @param name    what the desk calls the page: 第一版, or its label (A01) when the edition names pages by label
 * @param label   the printed label, "" when the number is used
 * @param section section name such as 要闻
 * @param layout  the composed page the thumbnail draws
 */
public record PageItem(int index, String pageId, String name, String label, String section, PageLayout layout) {
}
