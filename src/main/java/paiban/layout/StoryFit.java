package paiban.layout;

/**
 * Copyfit of one story.
 *
 * @param characters total characters in the story
 * @param charsSet   characters placed in frames
 * @param overset    characters that fit no frame (超 N 字)
 * @param linesUsed  lines of text set
 * @param linesLeft  empty grid lines remaining in the chain (空 N 行)
 */
public record StoryFit(String storyId, int characters, int charsSet, int overset, int linesUsed, int linesLeft) {
}
