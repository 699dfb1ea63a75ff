package paiban.compose.text;

import java.util.Random;

/**
 * Deterministic news-like Chinese paragraphs for property tests and the
 * compose benchmark: Han text with realistic punctuation, quotations and
 * book titles, numbers with units and currency, Latin names, —— and …….
 */
public final class SampleText {
    private static final String HAN =
            "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"
            + "十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
    private static final String[] WORDS = {"iPhone 15", "W3C", "GDP", "Paiban", "CPU", "5G", "App", "AI", "Wi-Fi", "PDF"};
    private static final String[] NUMBERS = {"2023年", "3.8万", "78所", "￥50", "50%", "12.5亿元", "1,000", "37℃", "$120", "10:30", "2024", "第3"};
    private static final String[] PAUSES = {"，", "，", "，", "、", "；", "："};
    private static final String[] STOPS = {"。", "。", "。", "？", "！", "……", "。"};

    private SampleText() {}

    /** A paragraph of about {@code length} characters. */
    public static String paragraph(Random random, int length) {
        StringBuilder sb = new StringBuilder(length + 16);
        while (sb.length() < length) sentence(random, sb);
        return sb.toString();
    }

    private static void sentence(Random r, StringBuilder sb) {
        int clauses = 1 + r.nextInt(3);
        for (int c = 0; c < clauses; c++) {
            han(r, sb, 2 + r.nextInt(10));
            int extra = r.nextInt(12);
            if (extra == 0) sb.append(WORDS[r.nextInt(WORDS.length)]);
            else if (extra == 1) sb.append(NUMBERS[r.nextInt(NUMBERS.length)]);
            else if (extra == 2) { sb.append('“'); han(r, sb, 2 + r.nextInt(6)); sb.append('”'); }
            else if (extra == 3) { sb.append('《'); han(r, sb, 2 + r.nextInt(5)); sb.append('》'); }
            else if (extra == 4) { sb.append('（'); han(r, sb, 2 + r.nextInt(5)); sb.append('）'); }
            else if (extra == 5) { sb.append("——"); }
            else if (extra == 6) { han(r, sb, 2); sb.append('・'); han(r, sb, 2); }
            han(r, sb, 1 + r.nextInt(6));
            if (c + 1 < clauses) sb.append(PAUSES[r.nextInt(PAUSES.length)]);
        }
        if (r.nextInt(8) == 0) {
            sb.append('：').append('“');
            han(r, sb, 3 + r.nextInt(8));
            sb.append(STOPS[r.nextInt(STOPS.length)]).append('”');
        } else {
            sb.append(STOPS[r.nextInt(STOPS.length)]);
        }
    }

    private static void han(Random r, StringBuilder sb, int count) {
        for (int i = 0; i < count; i++) sb.append(HAN.charAt(r.nextInt(HAN.length())));
    }
}
