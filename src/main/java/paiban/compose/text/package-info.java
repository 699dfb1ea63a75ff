/**
 * Chinese text as the line breaker sees it (W3C clreq): {@link paiban.compose.text.CharClass}
 * (a byte per code point from one table), {@link paiban.compose.text.Prohibitions} (避头尾 per
 * level), {@link paiban.compose.text.BreakOpportunities} (cluster / prohibited / allowed at
 * every boundary), {@link paiban.compose.text.MissingGlyphs} (characters set in a fallback face,
 * for preflight) and {@link paiban.compose.text.SampleText} (deterministic test and benchmark corpus).
 */
package paiban.compose.text;
