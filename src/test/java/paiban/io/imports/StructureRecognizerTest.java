package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.model.story.Paragraph;

/** Which lines are 电头, 署名, headline parts and subheads. */
class StructureRecognizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            本报讯（记者 张三）今天上午，会议召开。           | 电头
            本报讯(记者 张三 李四)今天上午，会议召开。       | 电头
            本报北京11月24日讯（记者 张三）会议召开。         | 电头
            新华社北京11月24日电（记者 王五）会议召开。       | 电头
            本报讯 今天上午，会议召开。                       | 正文
            据本报讯（记者 张三）报道，会议召开。             | 正文
            （记者 张三）                                     | 署名
            (本报记者 张三 李四)                              | 署名
            （通讯员 赵六）                                   | 署名
            本报记者 王五 摄                                  | 署名
            记者张三摄                                        | 署名
            （完）                                            | 正文
            """)
    void datelineAndByline(String text, String style) {
        List<Draft> drafts = List.of(Draft.plain("第一段正文内容，用于上下文。"), Draft.plain(text), Draft.plain("最后一段正文。"));
        var parts = StructureRecognizer.recognize(drafts,
                ImportOptions.none().with(Cleanup.DATELINE).with(Cleanup.BYLINE), new ImportReport.Builder("t", "text"));
        assertEquals(style, parts.body().get(1).style);
    }

    /** Headline lines (| separated) and the styles they get; the body line follows them. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            市教育局推出新举措                                    ; 主题
            为了孩子们的明天|市教育局推出新举措                   ; 引题|主题
            市教育局推出新举措|——全市推行课后服务                 ; 主题|副题
            为了孩子们的明天|市教育局推出新举措|——全市推行课后服务 ; 引题|主题|副题
            为了孩子们的明天|市教育局推出新举措|全市推行课后服务   ; 引题|主题|副题
            聚焦民生|为了孩子们的明天|市教育局推出新举措|——全市推行 ; 引题|引题|主题|副题
            """)
    void headlineStack(String lines, String styles) {
        String body = "本报讯（记者 张三）今天，市教育局召开新闻发布会，宣布推行课后服务。";
        String text = String.join("\n", lines.split("\\|")) + "\n" + body;
        ImportResult r = StoryImporter.importText(text, "t.txt", ImportOptions.defaults());
        assertEquals(Arrays.asList(styles.split("\\|")), r.headline().stream().map(Paragraph::style).toList());
        // 本报讯（记者 张三） is set bold; the sentence after it stays body type
        assertEquals(List.of(new Paragraph("电头", body, List.of(new paiban.model.story.CharRun(0, 10, "粗体")))),
                r.body().paragraphs());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            这是一个很长的第一行，说明它不是标题而是正文内容的开始。
            第一|第二|第三|第四|第五
            """)
    void noHeadline(String lines) {
        String text = String.join("\n", lines.split("\\|")) + "\n本报讯（记者 张三）今天，市教育局召开新闻发布会，宣布推行课后服务。";
        assertEquals(List.of(), StoryImporter.importText(text, "t.txt", ImportOptions.defaults()).headline());
    }
}
