package paiban.compose.flow;

/**
 * One grid line of one text column of a frame in a story's chain: the unit
 * the flow fills. A slot of width 0 is blocked (a wrap left too little room);
 * a headline slot stands for a whole headline frame.
 *
 * @param chainIndex position of the frame in the story's chain
 * @param part       index of the run of consecutive chain frames on one page
 * @param column     story-wide number of the text column, equal for slots of one column
 * @param gridLine   grid line of the page (0-based)
 * @param x          left edge of the usable measure on this line
 * @param width      usable measure; 0 when blocked
 * @param fullWidth  the column's measure without wraps
 */
record Slot(int chainIndex, int part, int column, int gridLine, int x, int width, int fullWidth, boolean headline) {
    boolean usable() { return width > 0 && !headline; }
}
