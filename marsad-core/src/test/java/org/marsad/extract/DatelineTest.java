package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.marsad.model.Span;
import org.junit.jupiter.api.Test;

class DatelineTest {

    @Test
    void aCityAndCountryBeforeTheAgencyAndADashAreTheDateline() {
        String text = "دبي، الإمارات العربية المتحدة (CNN) -- قصفت طائرات حربية بلدة حيش.";
        assertThat(Dateline.of(text)).isEqualTo(new Span(0, text.indexOf(')') + 1));
    }

    @Test
    void anArabicAgencyAndAnEnDashMakeADatelineToo() {
        String text = "بيروت (رويترز) – قال ناشطون إن الغارات استمرت.";
        assertThat(Dateline.of(text)).isEqualTo(new Span(0, text.indexOf(')') + 1));
    }

    @Test
    void aReportThatOpensWithASentenceHasNoDateline() {
        assertThat(Dateline.of("قتل 3 مدنيين (بينهم طفلان) - بحسب ناشطين - في قصف على حيش.")).isNull();
        assertThat(Dateline.of("قصفت الطائرات بلدة حيش (ريف إدلب) أمس.")).isNull();
        assertThat(Dateline.of("حيش")).isNull();
    }
}
