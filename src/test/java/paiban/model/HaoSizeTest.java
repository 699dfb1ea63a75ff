package paiban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import paiban.model.unit.HaoSize;

class HaoSizeTest {

    @ParameterizedTest
    @CsvSource({"初号,42000", "小初,36000", "一号,26000", "二号,22000", "三号,16000", "四号,14000", "小四,12000",
            "五号,10500", "小五,9000", "六号,7500", "七号,5500", "八号,5000", "10.5,10500", "9pt,9000", " 12 ,12000"})
    void parsesPointsAndHao(String text, int mpt) {
        assertEquals(mpt, HaoSize.parseSize(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "大号", "-3", "0", "abc", "12pp"})
    void refusesNonsenseWithTheValueInTheMessage(String text) {
        var e = assertThrows(IllegalArgumentException.class, () -> HaoSize.parseSize(text));
        assertEquals(true, e.getMessage().contains(text.trim()), e.getMessage());
    }
}
