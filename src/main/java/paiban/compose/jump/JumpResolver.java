package paiban.compose.jump;

import java.util.Optional;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNames;

/** Words of a jump line once the pages are in their final order: （下转第三版）, （上接A1版）. */
public final class JumpResolver {
    private JumpResolver() {}

    /** The line's text, or empty when the page it names is no longer in the edition. */
    public static Optional<String> text(JumpLine jump, Edition edition) {
        return edition.page(jump.targetId()).map(target -> text(jump.direction(), edition, target));
    }

    public static String text(JumpDirection direction, Edition edition, Page target) {
        return text(direction, PageNames.fullName(edition, target));
    }

    /** The words for a page already named: {@code fullName} is 第三版 or A3版 ({@link PageNames#fullName}). */
    public static String text(JumpDirection direction, String fullName) {
        return "（" + direction.word() + fullName + "）";
    }
}
