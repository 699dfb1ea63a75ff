/**
 * Line composition of one paragraph. {@link paiban.compose.line.ParagraphSetter#start} measures
 * the paragraph once ({@code ParagraphText}: glyphs, advances, punctuation compression,
 * Han–Latin gaps, break strengths, prefix sums); the returned cursor then sets one line per
 * {@code next(width)}: {@code LineBreaker} chooses the end (natural fit, push in, push out,
 * emergency, 孤字), {@code Justifier} shrinks/expands/aligns, {@code GlyphRunBuilder} cuts runs
 * by face and colour. {@link paiban.compose.line.Carets} maps text positions to x and back.
 */
package paiban.compose.line;
