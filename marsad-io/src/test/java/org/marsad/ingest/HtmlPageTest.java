package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

class HtmlPageTest {

    private static final String P1 = "قُتل خمسة مدنيين بينهم طفلان في قصف صاروخي استهدف حي الشعار بمدينة حلب.";
    private static final String P2 = "وذكر مراسلنا أن فرق الدفاع المدني عملت على انتشال العالقين تحت الأنقاض.";

    @TempDir
    Path dir;

    private Report read(String html) {
        return IngestFixture.readFile(dir, "aleppo.html", html).only();
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + body + "</body></html>";
    }

    @Test
    void ogTitleIsPreferredToTheTitleElement() {
        Report r = read(page("<meta property=\"og:title\" content=\"قصف على حي الشعار\"><title>عنوان آخر</title>",
                "<p>" + P1 + "</p>"));
        assertThat(r.title()).isEqualTo("قصف على حي الشعار");
    }

    @Test
    void siteNameSuffixIsStrippedFromTheTitle() {
        Report r = read(page("<title>قتلى في قصف على حي الشعار بحلب - شبكة الرصد</title>", "<p>" + P1 + "</p>"));
        assertThat(r.title()).isEqualTo("قتلى في قصف على حي الشعار بحلب");
    }

    @Test
    void declaredSiteNameIsStrippedEvenWhenLong() {
        Report r = read(page("<meta property=\"og:site_name\" content=\"المرصد الإخباري للشرق الأوسط وشمال أفريقيا\">"
                + "<title>قصف على حلب | المرصد الإخباري للشرق الأوسط وشمال أفريقيا</title>", "<p>" + P1 + "</p>"));
        assertThat(r.title()).isEqualTo("قصف على حلب");
        assertThat(r.source()).isEqualTo("المرصد الإخباري للشرق الأوسط وشمال أفريقيا");
    }

    @Test
    void firstHeadingIsTheTitleWhenThereIsNoOther() {
        Report r = read(page("", "<h1>انفجار في مستودع ذخيرة</h1><p>" + P1 + "</p>"));
        assertThat(r.title()).isEqualTo("انفجار في مستودع ذخيرة");
        assertThat(r.text()).isEqualTo(P1);
    }

    @Test
    void articlePublishedTimeMetaIsTheDate() {
        Report r = read(page("<meta property=\"article:published_time\" content=\"2018-04-07T19:05:00+03:00\">",
                "<p>" + P1 + "</p>"));
        assertThat(r.published()).isEqualTo(PublishedTime.of(
                LocalDateTime.of(2018, 4, 7, 19, 5).atOffset(ZoneOffset.ofHours(3))));
    }

    @Test
    void jsonLdDatePublishedIsTheDate() {
        Report r = read(page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2018-04-07T19:05\"}]}</script>",
                "<p>" + P1 + "</p>"));
        assertThat(r.published()).isEqualTo(PublishedTime.of(LocalDateTime.of(2018, 4, 7, 19, 5)));
    }

    @Test
    void timeElementIsTheDate() {
        Report r = read(page("", "<article><time datetime=\"2018-04-07\">7 أبريل</time><p>" + P1 + "</p></article>"));
        assertThat(r.published()).isEqualTo(PublishedTime.of(LocalDateTime.of(2018, 4, 7, 0, 0)));
    }

    @Test
    void dateLineInTheVisibleTextIsTheDateWhenNoMetadataSaysSo() {
        Report r = read(page("", "<h1>قصف على حلب</h1><div>السبت 07/أبريل/2018 - 07:05 م</div><p>" + P1 + "</p>"));
        assertThat(r.published()).isEqualTo(PublishedTime.of(LocalDateTime.of(2018, 4, 7, 19, 5)));
    }

    @Test
    void articleParagraphsAreJoinedWithoutPageFurniture() {
        Report r = read(page("", "<header><a href=\"/\">الرئيسية</a></header><nav><ul><li>سياسة</li></ul></nav>"
                + "<article><h1>قصف على حلب</h1><p>" + P1 + "</p><div class=\"share-buttons\">شارك عبر فيسبوك</div>"
                + "<p>  " + P2 + "\n </p></article><aside>الأكثر قراءة</aside><footer>جميع الحقوق محفوظة</footer>"));
        assertThat(r.text()).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void densestParagraphBlockIsTheBodyWithoutArticleElement() {
        Report r = read(page("", "<div class=\"teaser\"><p>خبر قصير آخر</p></div><div id=\"main\"><p>" + P1 + "</p><p>"
                + P2 + "</p></div><div><p>إعلان</p></div>"));
        assertThat(r.text()).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void scriptsAndStylesNeverLeakIntoText() {
        Report r = read(page("<style>p { color: red }</style><script>var token = 'secret';</script>",
                "<article><p>" + P1 + "<script>document.write('leak')</script></p><noscript>فعّل جافاسكريبت</noscript>"
                        + "<!-- تعليق مخفي --></article>"));
        assertThat(r.text()).isEqualTo(P1).doesNotContain("leak", "secret", "color");
    }

    @Test
    void canonicalLinkIsTheUrl() {
        Report r = read(page("<link rel=\"canonical\" href=\"https://news.example/aleppo/55\">"
                + "<meta property=\"og:url\" content=\"https://news.example/other\">", "<p>" + P1 + "</p>"));
        assertThat(r.url()).isEqualTo("https://news.example/aleppo/55");
    }

    @Test
    void ogUrlIsTheUrlWithoutCanonicalLink() {
        Report r = read(page("<meta property=\"og:url\" content=\"https://news.example/aleppo/56\">",
                "<p>" + P1 + "</p>"));
        assertThat(r.url()).isEqualTo("https://news.example/aleppo/56");
    }

    @Test
    void htmlIsRecognizedByContentWhateverTheExtension() {
        Report r = IngestFixture.readFile(dir, "saved-page.txt", page("<title>قصف على حلب</title>", "<p>" + P1
                + "</p>")).only();
        assertThat(r.text()).isEqualTo(P1);
        assertThat(r.id()).isEqualTo("saved-page");
    }

    @Test
    void shortLastSegmentIsTreatedAsSiteNameButFirstSegmentIsKept() {
        assertThat(HtmlReportParser.stripSiteName("حلب - قتلى في قصف على حي الشعار - الرصد", "", ""))
                .isEqualTo("حلب - قتلى في قصف على حي الشعار");
    }
}
