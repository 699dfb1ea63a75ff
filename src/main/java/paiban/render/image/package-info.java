/**
 * Image files as both renderers and preflight need them, beyond what
 * javax.imageio and JavaFX decode: {@link paiban.render.image.CmykJpeg} reads
 * CMYK and YCCK JPEGs (the photo desk's press-ready files) to plain ink values;
 * {@link paiban.render.image.JpegHeader} tells them apart from the markers alone;
 * {@link paiban.render.image.PrintColour} is the press's colour (the shipped newsprint
 * ICC profile): RGB to ink-limited CMYK for print, CMYK to screen for a soft proof.
 */
package paiban.render.image;
