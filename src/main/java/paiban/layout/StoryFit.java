package paiban.layout;

/**
 * Copyfit of one story.
 *
 * @param characters total characters in the story
 * @param charsSet   characters placed in frames
 * @param overset    characters that fit no frame (超 N 字)
 * @param linesUsed  lines of text set
 * @param linesLeft  empty grid lines remaining in the chain (空 N 行)
 * @param looseLines lines set letter-spaced past the composer's limit (字距过松), pushing in could not help
 */
public record StoryFit(String storyId, int characters, int charsSet, int overset, int linesUsed, int linesLeft,
                       int looseLines) {
    public StoryFit(String storyId, int characters, int charsSet, int overset, int linesUsed, int linesLeft) {
        this(storyId, characters, charsSet, overset, linesUsed, linesLeft, 0);
    }
}
