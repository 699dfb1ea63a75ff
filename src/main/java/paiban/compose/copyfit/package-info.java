/**
 * Copyfit: per frame ({@link paiban.compose.copyfit.FrameFit}, reported in
 * {@code layout.FrameInfo}) and per story ({@code layout.StoryFit}):
 * characters set, lines used, lines left (空 N 行) and characters over
 * (超 N 字), described the desk's way by {@link paiban.compose.copyfit.Copyfit}.
 */
package paiban.compose.copyfit;
