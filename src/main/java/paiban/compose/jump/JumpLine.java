package paiban.compose.jump;

/**
 * A reserved line whose text is not known while the story flows: it names a
 * page, and page names depend on the final page order. The flow fixes its
 * place; {@link JumpResolver} fills in the words after pagination.
 *
 * @param storyId   story that jumps
 * @param direction 下转 on the leaving part, 上接 on the continuing part
 * @param pageId    page the line is printed on
 * @param targetId  page the line names (the continuation, or where the story came from)
 * @param x         left edge of the reserved measure
 * @param baseline  baseline of the reserved line
 * @param width     the reserved measure
 */
public record JumpLine(String storyId, JumpDirection direction, String pageId, String targetId,
                       int x, int baseline, int width) {
}
