package paiban.render.placed;

import java.util.List;

/**
 * What a plant's preflight sees in one page of a placed PDF.
 *
 * @param pages           the file's page count
 * @param trim            the page's TrimBox (else CropBox, else MediaBox)
 * @param unembeddedFonts base names of fonts the PDF uses without carrying them
 * @param rgb             RGB colour spaces used (DeviceRGB, ICCBased RGB, CalRGB, Lab), by name
 * @param spots           spot colours (Separation and DeviceN colorants other than the process inks)
 * @param maxInk          the highest total ink found, in percent, over CMYK fills and CMYK images
 * @param transparency    transparency the page uses: soft masks, transparency groups, alpha, blend modes
 * @param rotation        the page's /Rotate, in degrees (0, 90, 180, 270); Paiban places pages unrotated
 */
public record AdReport(int pages, PageBox trim, List<String> unembeddedFonts, List<String> rgb, List<String> spots,
                       int maxInk, List<String> transparency, int rotation) {
    public AdReport {
        unembeddedFonts = List.copyOf(unembeddedFonts);
        rgb = List.copyOf(rgb);
        spots = List.copyOf(spots);
        transparency = List.copyOf(transparency);
    }
}
