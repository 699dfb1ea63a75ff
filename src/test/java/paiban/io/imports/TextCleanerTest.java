package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.model.story.CharRun;

/** Each clean-up rule on its own: text in, text out, places counted. (_ stands for a space, ＿ for U+3000, / for a line break.) */
class TextCleanerTest {

    private static String in(String s) {
        return s.replace('_', ' ').replace('＿', '\u3000').replace('/', '\n');
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            市_教_育_局                       | 市教育局                    | 3
            市＿教＿育＿局                    | 市教育局                    | 3
            市__教育局                        | 市教育局                    | 1
            Paiban_is_great                   | Paiban_is_great             | 0
            使用_iPhone_手机                  | 使用_iPhone_手机            | 0
            他说：_“好”                       | 他说：“好”                  | 1
            本报讯（记者_张三_李四）今天       | 本报讯（记者_张三_李四）今天 | 0
            本报讯（记者_张三）今_天           | 本报讯（记者_张三）今天      | 1
            本报记者_张三_摄                  | 本报记者_张三_摄            | 0
            _市_教                            | _市教                       | 1
            焕新颜__夜经济                     | 焕新颜　夜经济               | 1
            历时三年建设　串联沿岸十二座公园      | 历时三年建设　串联沿岸十二座公园 | 0
            焕新颜_夜经济                      | 焕新颜　夜经济               | 1
            科技赋能_数字先行                  | 科技赋能　数字先行           | 1
            本报记者_张明_通讯员_李华          | 本报记者_张明_通讯员_李华    | 0
            记者_王五_报道                     | 记者_王五_报道               | 0
            他读了《习近平谈治国理政_第四卷》后说，收_获很大。 | 他读了《习近平谈治国理政_第四卷》后说，收获很大。 | 1
            他读了《平_凡_的_世_界》                          | 他读了《平凡的世界》                          | 4
            今天上午__市民来到江边公园。         | 今天上午市民来到江边公园。     | 1
            """)
    void chineseSpaces(String text, String expected, int count) {
        RichText t = RichText.of(in(text));
        assertEquals(count, TextCleaner.chineseSpaces(t));
        assertEquals(in(expected), t.toString());
    }

    /** Issue 12 point 14: a date reads alike everywhere, in a 电头 and in the text. */
    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            本报北京_5_月_3_日讯（记者_张明）今天             | 本报北京5月3日讯（记者_张明）今天           | 1
            本报北京5月3日讯（记者_张明）今天                 | 本报北京5月3日讯（记者_张明）今天           | 0
            新华社北京_5月3日电_(记者_王五)                   | 新华社北京5月3日电(记者_王五)               | 1
            会议于_2024_年_5_月_3_日召开                      | 会议于2024年5月3日召开                      | 1
            5_月_3_日_15_时_30_分，列车到站                   | 5月3日15时30分，列车到站                    | 1
            列车_15_时_30_分_到站                             | 列车15时30分到站                            | 1
            Meeting_on_5_月_3_日                              | Meeting_on_5月3日                           | 1
            共有_20_家企业参加                                | 共有_20_家企业参加                          | 0
            """)
    void dates(String text, String expected, int count) {
        RichText t = RichText.of(in(text));
        assertEquals(count, TextCleaner.dates(t));
        assertEquals(in(expected), t.toString());
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            中文,中文                 | 中文，中文                | 1
            中文.中文                 | 中文。中文                | 1
            他来了.                   | 他来了。                  | 1
            增长3.5%                  | 增长3.5%                  | 0
            约3.5亿元                 | 约3.5亿元                 | 0
            下午5:30.                 | 下午5:30。                | 1
            共1,000人                 | 共1,000人                 | 0
            时间:下午3:00             | 时间：下午3:00            | 1
            好吗?                     | 好吗？                    | 1
            好?!                      | 好？！                    | 2
            是的;不是                 | 是的；不是                | 1
            本报讯(记者 张三)今天     | 本报讯（记者 张三）今天   | 2
            课程(共 20 门)            | 课程（共 20 门）          | 2
            GDP(国内生产总值)         | GDP（国内生产总值）       | 2
            f(x) = 1                  | f(x) = 1                  | 0
            Hello, world.             | Hello, world.             | 0
            访问www.gov.cn查询        | 访问www.gov.cn查询        | 0
            等等...                   | 等等...                   | 0
            他说:“好.”                | 他说：“好。”              | 2
            共3,其中                  | 共3，其中                 | 1
            """)
    void punctuation(String text, String expected, int count) {
        RichText t = RichText.of(text);
        assertEquals(count, TextCleaner.punctuation(t));
        assertEquals(expected, t.toString());
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ＡＢＣ１２３ｘｙｚ       | ABC123xyz      | 9
            第１２０所               | 第120所        | 3
            全角，标点！             | 全角，标点！   | 0
            """)
    void fullwidthAlnum(String text, String expected, int count) {
        RichText t = RichText.of(text);
        assertEquals(count, TextCleaner.fullwidthAlnum(t));
        assertEquals(expected, t.toString());
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a__b___c       | a_b_c     | 2
            a_b            | a_b       | 0
            a_b__          | a_b       | 1
            __a__b         | __a_b     | 1
            中文＿＿English | 中文＿English | 1
            """)
    void collapseSpaces(String text, String expected, int count) {
        RichText t = RichText.of(in(text));
        assertEquals(count, TextCleaner.collapseSpaces(t));
        assertEquals(in(expected), t.toString());
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ＿＿正文       | 正文      | 1
            __正文         | 正文      | 1
            _＿_正文_      | 正文_     | 1
            正文           | 正文      | 0
            """)
    void leadingIndent(String text, String expected, int count) {
        RichText t = RichText.of(in(text));
        assertEquals(count, TextCleaner.leadingIndent(t));
        assertEquals(in(expected), t.toString());
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            市教育/局召开         | 市教育局召开          | 1
            会议，/宣布           | 会议，宣布            | 1
            hard_/_wrapped/text   | hard_wrapped_text     | 2
            中文_/English         | 中文English           | 1
            一行                  | 一行                  | 0
            """)
    void joinLines(String text, String expected, int count) {
        RichText t = RichText.of(in(text));
        assertEquals(count, TextCleaner.joinLines(t));
        assertEquals(in(expected), t.toString());
    }

    @Test
    void boldRunFollowsItsCharactersThroughEdits() {
        RichText t = new RichText();
        t.append("记者：", null);
        t.append("市 教 育 局", "粗体");
        t.append(" 召开,会议", null);
        TextCleaner.punctuation(t);
        TextCleaner.chineseSpaces(t);
        assertEquals("记者：市教育局召开，会议", t.toString());
        assertEquals(List.of(new CharRun(3, 7, "粗体")), t.runs());
    }
}
