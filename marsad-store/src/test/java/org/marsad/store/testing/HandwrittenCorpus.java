package org.marsad.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Eight short reports written for the store's tests, as plain-text files and one JSON Lines file: Hayat
 * Tahrir al-Sham shelling Khan Shaykhun and fighting at Kafr Nabudah (Hama), arresting activists in Idlib
 * city and fighting at Saraqib; an air strike on Ma'arrat an-Nu'man; a bomb in al-Bab; Houthi shelling of
 * Taiz; SDF against the Islamic State at Hajin; an Islamic State attack south of Mosul.
 */
public final class HandwrittenCorpus {

    /** The number of reports. */
    public static final int REPORTS = 8;

    private HandwrittenCorpus() {
    }

    /** Writes the corpus into {@code dir} (five text files and {@code wire.jsonl} with three reports). */
    public static Path write(Path dir) {
        file(dir, "idlib-hts-shelling.txt",
                "هيئة تحرير الشام تستهدف مواقع قوات النظام جنوب إدلب",
                "الأحد 12/مايو/2019 - 09:40 م",
                "طباعة",
                "استهدفت \"هيئة تحرير الشام\" صباح اليوم بقذائف المدفعية مواقع قوات النظام في مدينة خان شيخون بريف"
                        + " إدلب الجنوبي، ما أدى إلى مقتل ٣ عناصر من قوات النظام.",
                "وفي سياق متصل، اندلعت اشتباكات عنيفة يوم أمس بين الهيئة وقوات الأسد على أطراف بلدة كفرنبودة بريف"
                        + " حماة الشمالي.");
        file(dir, "idlib-arrests.txt",
                "الهيئة تعتقل ناشطين في مدينة إدلب",
                "الثلاثاء 14/مايو/2019 - 11:15 ص",
                "اعتقلت هيئة تحرير الشام، مساء أمس الإثنين، أربعة ناشطين إعلاميين في مدينة إدلب، بعد مداهمة منازلهم"
                        + " في حي الثورة.",
                "وقال ناشطون إن الاعتقال جاء بسبب انتقادهم لسياسات الهيئة في إدارة المنطقة.");
        file(dir, "maarat-airstrikes.txt",
                "غارات روسية على معرة النعمان",
                "الأربعاء 15/مايو/2019 - 02:30 م",
                "شنّت طائرات حربـيـة روسية اليوم الأربعاء غارات جوية على مدينة معرة النعمان بريف إدلب الجنوبي، ما"
                        + " أسفر عن مقتل سبعة مدنيين بينهم طفلان.",
                "وأفاد الدفاع المدني السوري أن فرقه انتشلت الضحايا من تحت الأنقاض.");
        file(dir, "bab-bombing.txt",
                "انفجار عبوة ناسفة في مدينة الباب",
                "الخميس 16/مايو/2019 - 08:00 م",
                "قُتل مدنيان وأصيب خمسة آخرون، اليوم الخميس، بانفجار عبوة ناسفة في السوق الرئيسي بمدينة الباب في ريف"
                        + " حلب الشرقي.",
                "ولم تتبن أي جهة التفجير، فيما اتهمت مصادر محلية خلايا تابعة لتنظيم الدولة بالوقوف وراءه.");
        file(dir, "taiz-houthi.txt",
                "الحوثيون يقصفون أحياء في مدينة تعز",
                "الجمعة 17/مايو/2019 - 06:45 م",
                "قصفت جماعة الحوثي اليوم الجمعة بقذائف الهاون أحياء سكنية في مدينة تعز، ما أدى إلى مقتل امرأة"
                        + " وإصابة ثلاثة أطفال.",
                "وقالت مصادر طبية إن الجرحى نقلوا إلى مستشفى الثورة في المدينة.");
        file(dir, "wire.jsonl",
                "{\"id\": \"hajin-clashes\", \"url\": \"https://example.org/ar/hajin-clashes\", \"source\": \"Wire One\","
                        + " \"title\": \"اشتباكات بين قسد وداعش قرب هجين\", \"published\": \"2019-05-13T10:00:00+03:00\","
                        + " \"text\": \"اندلعت اشتباكات عنيفة، يوم أمس الأحد، بين \\\"قوات سوريا الديمقراطية\\\" وعناصر"
                        + " تنظيم الدولة في محيط بلدة هجين بريف دير الزور الشرقي، قُتل خلالها ١١ عنصراً من التنظيم.\"}",
                "{\"id\": \"saraqib-hts-battle\", \"url\": \"https://example.org/ar/saraqib\", \"source\": \"Wire One\","
                        + " \"title\": \"معارك في محيط سراقب\", \"published\": \"2019-05-18T21:00:00+03:00\","
                        + " \"text\": \"دارت اشتباكات عنيفة اليوم السبت بين هيئة تحرير الشام وقوات النظام في محيط مدينة"
                        + " سراقب بريف إدلب الشرقي، وقتل خلالها ٩ عناصر من الطرفين.\"}",
                "{\"id\": \"mosul-attack\", \"url\": \"https://example.org/ar/mosul\", \"source\": \"Wire Two\","
                        + " \"title\": \"هجوم لداعش جنوب الموصل\", \"published\": \"2019-05-19T12:00:00+03:00\","
                        + " \"text\": \"هاجم مسلحون من تنظيم داعش فجر اليوم الأحد نقطة للجيش العراقي في قرية الحود جنوب"
                        + " الموصل، ما أدى إلى مقتل جنديين.\"}");
        return dir;
    }

    private static void file(Path dir, String name, String... lines) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), String.join("\n", List.of(lines)) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
