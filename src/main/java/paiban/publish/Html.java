package paiban.publish;

/** Small pieces of the site's HTML: escaping and the page head every file shares. */
final class Html {
    private Html() {}

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The document up to and including {@code <body>}; {@code root} is the way back to the site's folder. */
    static String head(String title, String root) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Paiban\">\n"
                + "<title>" + esc(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + root + SiteNames.STYLE + "\">\n</head>\n<body>\n";
    }

    static String foot() {
        return "</body>\n</html>\n";
    }

    /** A length in points from millipoints, at most three decimals: 1105.512, 9. */
    static String pt(int mpt) {
        return Coordinates.pt(mpt);
    }
}
