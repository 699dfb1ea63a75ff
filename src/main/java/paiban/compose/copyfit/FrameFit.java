package paiban.compose.copyfit;

/**
 * Copyfit of one frame of a story.
 *
 * @param linesUsed grid lines holding lines of the story (jump lines and 转版标题 included)
 * @param linesLeft usable grid lines after the end of the story (空 N 行)
 * @param charsSet  characters of the story set in the frame
 */
public record FrameFit(int linesUsed, int linesLeft, int charsSet) {
    public FrameFit {
        if (linesUsed < 0 || linesLeft < 0 || charsSet < 0) throw new IllegalArgumentException("negative copyfit " + linesUsed + "/" + linesLeft + "/" + charsSet);
    }
}
