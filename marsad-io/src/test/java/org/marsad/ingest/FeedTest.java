package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

class FeedTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>شبكة الرصد</title>
                <link>https://news.example/</link>
                <item>
                  <title>غارات على معرة النعمان</title>
                  <link>https://news.example/maarat/1</link>
                  <guid isPermaLink="false">maarat-1</guid>
                  <pubDate>Sun, 11 Feb 2018 00:36:12 GMT</pubDate>
                  <description>&lt;p&gt;ملخص قصير&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>قُتل 6 مدنيين في غارات على السوق.</p><p>وأصيب آخرون.</p>]]></content:encoded>
                </item>
                <item>
                  <title>اشتباكات في عفرين</title>
                  <link>https://news.example/afrin/2</link>
                  <pubDate>Mon, 12 Feb 2018 14:00:00 +0300</pubDate>
                  <description>&lt;p&gt;تجددت الاشتباكات في محيط عفرين.&lt;/p&gt;</description>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>مرصد الأخبار</title>
              <entry>
                <title>قصف على جسر الشغور</title>
                <link rel="alternate" href="https://atom.example/jisr/9"/>
                <id>tag:atom.example,2018:jisr-9</id>
                <updated>2018-03-02T08:15:00Z</updated>
                <content type="html">&lt;p&gt;استهدف القصف أطراف المدينة.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void rssGivesOneReportPerItem() {
        var result = IngestFixture.readFile(dir, "news.xml", RSS);
        assertThat(result.reports()).extracting(Report::title)
                .containsExactly("غارات على معرة النعمان", "اشتباكات في عفرين");
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void rssItemFieldsBecomeTheReport() {
        Report r = IngestFixture.readFile(dir, "news.rss", RSS).reports().get(0);
        assertThat(r.id()).isEqualTo("maarat-1");
        assertThat(r.url()).isEqualTo("https://news.example/maarat/1");
        assertThat(r.source()).isEqualTo("شبكة الرصد");
        assertThat(r.text()).isEqualTo("قُتل 6 مدنيين في غارات على السوق.\nوأصيب آخرون.");
        assertThat(r.published()).isEqualTo(PublishedTime.of(
                LocalDateTime.of(2018, 2, 11, 0, 36, 12).atOffset(ZoneOffset.UTC)));
    }

    @Test
    void rssItemWithoutGuidIsNumberedAfterTheFile() {
        Report r = IngestFixture.readFile(dir, "news.xml", RSS).reports().get(1);
        assertThat(r.id()).isEqualTo("news#2");
        assertThat(r.text()).isEqualTo("تجددت الاشتباكات في محيط عفرين.");
        assertThat(r.published()).isEqualTo(PublishedTime.of(
                LocalDateTime.of(2018, 2, 12, 14, 0).atOffset(ZoneOffset.ofHours(3))));
    }

    @Test
    void atomEntryFieldsBecomeTheReport() {
        Report r = IngestFixture.readFile(dir, "updates.atom", ATOM).only();
        assertThat(r.id()).isEqualTo("tag:atom.example,2018:jisr-9");
        assertThat(r.url()).isEqualTo("https://atom.example/jisr/9");
        assertThat(r.source()).isEqualTo("مرصد الأخبار");
        assertThat(r.text()).isEqualTo("استهدف القصف أطراف المدينة.");
        assertThat(r.published()).isEqualTo(PublishedTime.of(
                LocalDateTime.of(2018, 3, 2, 8, 15).atOffset(ZoneOffset.UTC)));
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead() throws Exception {
        Path secret = IngestFixture.write(dir, "secret.txt", "كلمة السر");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>x</title><item><title>&xxe;</title>"
                + "<description>&xxe;</description></item></channel></rss>";
        Path feed = IngestFixture.write(dir, "evil.xml", xxe);
        var result = IngestFixture.read(Ingestor.builder().build(), feed);
        assertThat(result.onlySkip().reason()).isEqualTo(SkipReason.MALFORMED);
        assertThat(result.onlySkip().detail()).contains("DOCTYPE");
        assertThat(Files.exists(secret)).isTrue();
    }

    @Test
    void xmlThatIsNotAFeedIsUnsupported() {
        var result = IngestFixture.readFile(dir, "config.xml", "<?xml version=\"1.0\"?><settings><a>1</a></settings>");
        assertThat(result.onlySkip().reason()).isEqualTo(SkipReason.UNSUPPORTED);
    }
}
