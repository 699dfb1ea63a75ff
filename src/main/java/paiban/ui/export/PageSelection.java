package paiban.ui.export;

import java.util.List;

import paiban.model.PageList;
import paiban.ui.Messages;

/** The export dialog's page list, "1,3,5-8", read by {@link PageList} and its refusals worded in the interface language. */
public final class PageSelection {
    private PageSelection() {}

    /**
     * @return the numbers in ascending order, each once
     * @throws IllegalArgumentException with a message for the user naming the bad part
     */
    public static List<Integer> parse(String text, int count) {
        try {
            return PageList.parse(text, count);
        } catch (PageList.Problem p) {
            throw new IllegalArgumentException(switch (p.kind()) {
                case NO_SUCH_PAGE -> Messages.get("export.error.pageRange", p.page(), p.pageCount());
                case EMPTY_ENTRY -> Messages.get("export.error.pageEmpty", p.column());
                default -> Messages.get("export.error.pageList", p.entry());
            }, p);
        }
    }
}
