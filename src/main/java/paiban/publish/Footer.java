package paiban.publish;

/** The line at the foot of every file. */
final class Footer {
    private Footer() {}

    static String html(String root) {
        return "<footer class=\"site\"><p><a href=\"" + root + SiteNames.INDEX + "\">本期目录</a>　·　"
                + "<a href=\"" + root + SiteNames.MANIFEST + "\">manifest.json</a>　·　由排版 Paiban 从版面直接发布</p></footer>\n";
    }
}
