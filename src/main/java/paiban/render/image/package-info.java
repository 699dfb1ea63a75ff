/**
 * Image files as both renderers and preflight need them, beyond what
 * javax.imageio and JavaFX decode: {@link paiban.render.image.CmykJpeg} reads
 * CMYK and YCCK JPEGs (the photo desk's press-ready files) to plain ink values;
 * {@link paiban.render.image.JpegHeader} tells them apart from the markers alone.
 */
package paiban.render.image;
