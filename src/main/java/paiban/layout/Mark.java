package paiban.layout;

/** Something a renderer draws on a page, in page order back to front. */
public sealed interface Mark permits LineBox, RuleMark, BoxMark, ImageMark, PlacedPdfMark, PathMark {
}
