package org.marsad.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Seven short reports, written for the tests of search and incidents, as JSON Lines records with an outlet
 * and a URL each. Three outlets report one shelling of Khan Shaykhun by the regime's artillery on 11 June
 * 2019, each in its own words and with its own toll (North Wire: five, "بقصف"; Levant Daily: 7, "القصف";
 * Sham Press: ٦, with a tatweel in the town's name); North Wire reports a shelling of Ariha, 41 km to the
 * north, the same day; and three more reports: a protest in Idlib city, a car bomb in Azaz (Aleppo) and
 * clashes with the 4th Division at Tafas (Daraa), the last two without "إدلب".
 */
public final class OutletsCorpus {

    /** The number of reports. */
    public static final int REPORTS = 7;

    /** The reports of the Khan Shaykhun shelling, in the order of the file. */
    public static final List<String> KHAN_SHAYKHUN = List.of("north-wire-khan-shaykhun", "levant-daily-khan-shaykhun",
            "sham-press-khan-shaykhun");

    private static final List<String> RECORDS = List.of(
            record("north-wire-khan-shaykhun", "https://north-wire.example/ar/2019/06/11/khan-shaykhun", "North Wire",
                    "مقتل خمسة مدنيين في خان شيخون", "2019-06-11T13:20:00+03:00",
                    "قُتل خمسة مدنيين وأصيب آخرون، صباح اليوم الثلاثاء، بقصف مدفعي لقوات النظام استهدف الأحياء السكنية"
                            + " في مدينة خان شيخون بريف إدلب الجنوبي.\\nوقال ناشطون إن فرق الدفاع المدني عملت على انتشال"
                            + " الضحايا من تحت الأنقاض."),
            record("levant-daily-khan-shaykhun", "https://levant-daily.example/news/48213", "Levant Daily",
                    "ارتفاع حصيلة ضحايا القصف على خان شيخون", "2019-06-11T18:05:00+03:00",
                    "ارتفعت حصيلة ضحايا القصف المدفعي الذي شنّته قوات الأسد اليوم على مدينة خان شيخون جنوبي إدلب إلى 7"
                            + " قتلى من المدنيين، بينهم امرأتان، بحسب مصادر طبية في المدينة."),
            record("sham-press-khan-shaykhun", "https://sham-press.example/ar/article/khan-shaykhun-shelling", "Sham Press",
                    "قذائف النظام تحصد أرواح ستة مدنيين", "2019-06-11T16:40:00+03:00",
                    "استهدفت قوات النظام بقذائف المدفعية الثقيلة، اليوم، مدينة خان شيـخون في ريف إدلب الجنوبي، ما أدى إلى"
                            + " مقتل ٦ مدنيين بينهم طفلان، وفق ما أفاد مراسلنا."),
            record("north-wire-ariha", "https://north-wire.example/ar/2019/06/11/ariha", "North Wire",
                    "قذائف على أريحا", "2019-06-11T15:00:00+03:00",
                    "سقطت قذائف مدفعية أطلقتها قوات النظام، اليوم الثلاثاء، على مدينة أريحا في ريف إدلب، ما أدى إلى مقتل"
                            + " مدنيَين اثنين."),
            record("idlib-protest", "https://levant-daily.example/news/48230", "Levant Daily",
                    "مظاهرة في مدينة إدلب", "2019-06-14T14:00:00+03:00",
                    "خرج مئات المتظاهرين، عقب صلاة الجمعة اليوم، في مدينة إدلب، مطالبين بوقف الحملة العسكرية على ريف"
                            + " المحافظة الجنوبي."),
            record("azaz-car-bomb", "https://sham-press.example/ar/article/azaz-car-bomb", "Sham Press",
                    "انفجار سيارة مفخخة في اعزاز", "2019-06-12T20:10:00+03:00",
                    "انفجرت سيارة مفخخة مساء اليوم الأربعاء قرب دوار الكف في مدينة اعزاز بريف حلب الشمالي، ما أسفر عن"
                            + " مقتل ثلاثة أشخاص وإصابة ١٢ آخرين، ولم تتبن أي جهة التفجير."),
            record("daraa-clashes", "https://north-wire.example/ar/2019/06/13/daraa", "North Wire",
                    "اشتباكات في ريف درعا الغربي", "2019-06-13T11:30:00+03:00",
                    "دارت اشتباكات، فجر اليوم الخميس، بين مقاتلين محليين ودورية لـ\\\"الفرقة الرابعة\\\" عند حاجز قرب"
                            + " بلدة طفس في ريف درعا الغربي، قُتل خلالها عنصران من الفرقة."));

    private OutletsCorpus() {
    }

    /** Writes the seven reports as one JSON Lines file, {@code dir/outlets.jsonl}; its path. */
    public static Path write(Path dir) {
        return file(dir.resolve("outlets.jsonl"), RECORDS);
    }

    /** Writes each report as a JSON Lines file of its own, {@code dir/ID.jsonl}; their paths, in the corpus's order. */
    public static List<Path> writeEach(Path dir) {
        List<Path> files = new ArrayList<>();
        for (String r : RECORDS) {
            String id = r.substring("{\"id\": \"".length(), r.indexOf('"', "{\"id\": \"".length()));
            files.add(file(dir.resolve(id + ".jsonl"), List.of(r)));
        }
        return files;
    }

    private static String record(String id, String url, String source, String title, String published, String text) {
        return "{\"id\": \"" + id + "\", \"url\": \"" + url + "\", \"source\": \"" + source + "\", \"title\": \"" + title
                + "\", \"published\": \"" + published + "\", \"text\": \"" + text + "\"}";
    }

    private static Path file(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
