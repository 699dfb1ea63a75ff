/**
 * Story flow: stories through their frame chains, onto the page grid.
 *
 * <p>{@link paiban.compose.flow.EditionComposer} composes a whole edition;
 * {@link paiban.compose.flow.FlowSession} is the editor's incremental form
 * (give it each new edition; text edits reflow only the changed story from
 * the changed paragraph on, and stop once a paragraph starts where it did;
 * a moved or resized frame flows again only the stories whose frame plans
 * changed — the frame itself, or a runaround that reaches it — and keeps the
 * {@link paiban.layout.PageLayout} object of every page whose parts are the
 * same, so a drag step costs one story, not the edition; what a call composed
 * is counted by {@code lastComposedStories} / {@code lastComposedParagraphs}).
 *
 * <p>How it works: a story's chain is unrolled into slots (one grid line of
 * one text column, narrowed or blocked by the wraps of other frames; a headline
 * frame is one slot), grouped in parts per page. The flow asks the line
 * composer for each line at the slot's measure (lines of a paragraph at one
 * measure come from a {@link paiban.compose.flow.LineCache}), places it on
 * the page grid with a fixed baseline rule ({@link paiban.compose.flow.Baseline}),
 * reserves the last slot of a page's part for the 下转 line and opens the
 * next part with the 转版标题 and the 上接 line. Jump lines are resolved
 * against the final page order (package {@code paiban.compose.jump}) when
 * the flow becomes layout values; copyfit numbers come out with them.
 */
package paiban.compose.flow;
