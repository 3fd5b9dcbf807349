package org.marsad.store.testing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

/**
 * Arabic conflict reports made from templates written for Marsad's tests and benchmarks: a headline and two
 * to four sentences about shelling, clashes, air strikes, bombs, arrests and take-overs, by the armed actors
 * of Syria, Iraq, Yemen and Libya, in towns of the same country, with the spelling habits of Arabic news
 * sites (Arabic-Indic and Latin digits, number words, tatweel, hamza variants, quoted names such as
 * {@code لـ"جيش النصر"}). The same seed gives the same reports; no two reports have the same text.
 */
public final class SyntheticCorpus {

    /** An armed actor: how reports name it, and its ACLED name as the registry gives it. */
    public record ActorName(String arabic, String acled) {
    }

    private record Town(String name, String kind, String area) {
    }

    private record Country(List<ActorName> actors, List<Town> towns, String victims) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country(List.of(
                    new ActorName("قوات النظام", "Military Forces of Syria (2000-2024)"),
                    new ActorName("هيئة تحرير الشام", "Hayat Tahrir al-Sham"),
                    new ActorName("تنظيم الدولة", "Islamic State"),
                    new ActorName("قوات سوريا الديمقراطية", "Syrian Democratic Forces"),
                    new ActorName("الجبهة الوطنية للتحرير", "National Front for Liberation"),
                    new ActorName("القوات الروسية", "Military Forces of Russia"),
                    new ActorName("القوات التركية", "Military Forces of Turkey")),
                    List.of(new Town("سراقب", "مدينة", "بريف إدلب الشرقي"),
                            new Town("خان شيخون", "مدينة", "بريف إدلب الجنوبي"),
                            new Town("معرة النعمان", "مدينة", "بريف إدلب الجنوبي"),
                            new Town("كفرنبودة", "بلدة", "بريف حماة الشمالي"),
                            new Town("اللطامنة", "بلدة", "بريف حماة الشمالي"),
                            new Town("الباب", "مدينة", "بريف حلب الشرقي"),
                            new Town("منبج", "مدينة", "بريف حلب الشرقي"),
                            new Town("تل رفعت", "بلدة", "بريف حلب الشمالي"),
                            new Town("هجين", "بلدة", "بريف دير الزور الشرقي"),
                            new Town("الميادين", "مدينة", "بريف دير الزور الشرقي"),
                            new Town("جسر الشغور", "مدينة", "بريف إدلب الغربي"),
                            new Town("أريحا", "مدينة", "جنوب إدلب")),
                    "مدنيين"),
            new Country(List.of(
                    new ActorName("الجيش العراقي", "Military Forces of Iraq"),
                    new ActorName("تنظيم داعش", "Islamic State"),
                    new ActorName("الحشد الشعبي", "Popular Mobilization Forces")),
                    List.of(new Town("الموصل", "مدينة", "شمالي العراق"),
                            new Town("تكريت", "مدينة", "في محافظة صلاح الدين"),
                            new Town("الفلوجة", "مدينة", "غربي بغداد"),
                            new Town("كركوك", "مدينة", "شمالي العراق")),
                    "مواطنين"),
            new Country(List.of(
                    new ActorName("جماعة الحوثي", "Houthis"),
                    new ActorName("قوات التحالف العربي", "Saudi-led Coalition"),
                    new ActorName("تنظيم القاعدة", "al-Qaeda")),
                    List.of(new Town("تعز", "مدينة", "جنوب غربي اليمن"),
                            new Town("مأرب", "مدينة", "شرقي صنعاء"),
                            new Town("الحديدة", "مدينة", "غربي اليمن"),
                            new Town("صعدة", "مدينة", "شمالي اليمن")),
                    "مدنيين"),
            new Country(List.of(
                    new ActorName("قوات حفتر", "Libyan National Army"),
                    new ActorName("قوات حكومة الوفاق", "Government of National Accord Forces")),
                    List.of(new Town("سرت", "مدينة", "وسط ليبيا"),
                            new Town("درنة", "مدينة", "شرقي ليبيا"),
                            new Town("غريان", "مدينة", "جنوب طرابلس"),
                            new Town("ترهونة", "مدينة", "جنوب شرقي طرابلس")),
                    "مدنيين"));

    private static final String[] WHEN = {"اليوم", "صباح اليوم", "فجر اليوم", "مساء أمس", "يوم أمس", "ظهر اليوم"};
    private static final String[] NUMBER_WORDS = {"اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة",
        "عشرة"};

    private final Random random;
    private final Set<String> seen = new HashSet<>();

    private SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} distinct reports; ids {@code synthetic-000001}…, every other one with a URL and a source. */
    public static List<Report> generate(int n, long seed) {
        SyntheticCorpus c = new SyntheticCorpus(seed);
        List<Report> reports = new ArrayList<>(n);
        while (reports.size() < n) {
            Report r = c.report(reports.size() + 1);
            if (c.seen.add(r.title() + "\n" + r.text())) {
                reports.add(r);
            }
        }
        return reports;
    }

    /** Every armed actor the templates name. */
    public static List<ActorName> actors() {
        return COUNTRIES.stream().flatMap(c -> c.actors().stream()).toList();
    }

    /** The first and last day a report may be published. */
    public static LocalDate firstDay() {
        return LocalDate.of(2018, 1, 1);
    }

    public static LocalDate lastDay() {
        return LocalDate.of(2019, 12, 31);
    }

    /** Writes {@code reports} as JSON Lines ({@code id, url, source, title, published, text}). */
    public static void writeJsonLines(List<Report> reports, Path file) {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            for (Report r : reports) {
                json.writeStartObject();
                json.writeStringField("id", r.id());
                json.writeStringField("url", r.url());
                json.writeStringField("source", r.source());
                json.writeStringField("title", r.title());
                json.writeStringField("published", r.published().toString());
                json.writeStringField("text", r.text());
                json.writeEndObject();
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private Report report(int number) {
        Country country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        ActorName a = pick(country.actors());
        ActorName b = pick(country.actors());
        while (b.equals(a)) {
            b = pick(country.actors());
        }
        Town town = pick(country.towns());
        Town other = pick(country.towns());
        int toll = 1 + random.nextInt(30);
        String place = town.kind() + " " + town.name() + " " + town.area();
        String when = WHEN[random.nextInt(WHEN.length)];
        int template = random.nextInt(6);
        String title;
        List<String> sentences = new ArrayList<>();
        switch (template) {
            case 0 -> {
                title = name(a) + " تقصف " + town.kind() + " " + town.name();
                sentences.add("قصفت " + name(a) + " " + when + " بقذائف المدفعية مواقع " + name(b) + " في " + place
                        + "، ما أدى إلى مقتل " + count(toll) + " عناصر.");
            }
            case 1 -> {
                title = "اشتباكات عنيفة في محيط " + town.name();
                sentences.add("اندلعت اشتباكات عنيفة " + when + " بين " + name(a) + " و" + name(b) + " في محيط " + place
                        + "، قُتل خلالها " + count(toll) + " عنصراً من الطرفين.");
            }
            case 2 -> {
                title = "غارات جوية على " + town.name();
                sentences.add("شنّت طائرات حربـيـة تابعة لـ" + name(a) + " " + when + " غارات جوية على " + place
                        + "، ما أسفر عن مقتل " + count(toll) + " " + country.victims() + ".");
            }
            case 3 -> {
                title = "انفجار عبوة ناسفة في " + town.name();
                sentences.add("انفجرت عبوة ناسفة " + when + " في السوق الرئيسي في " + place + "، ما أدى إلى مقتل "
                        + count(toll) + " أشخاص، واتهمت مصادر محلية " + name(a) + " بالوقوف وراء التفجير.");
            }
            case 4 -> {
                title = name(a) + " تعتقل شباناً في " + town.name();
                sentences.add("اعتقلت " + name(a) + " " + when + " " + count(2 + random.nextInt(12))
                        + " شبان في " + place + " خلال حملة مداهمات طالت منازل المدنيين.");
            }
            default -> {
                title = name(a) + " تسيطر على " + town.name();
                sentences.add("سيطرت " + name(a) + " " + when + " على " + place + " بعد معارك عنيفة مع " + name(b)
                        + " استمرت " + count(2 + random.nextInt(10)) + " ساعات.");
            }
        }
        if (random.nextInt(3) == 0) {
            sentences.add("وفي سياق متصل، استهدفت " + name(b) + " بالرشاشات الثقيلة مواقع " + name(a) + " قرب "
                    + other.kind() + " " + other.name() + ".");
        }
        if (random.nextInt(4) == 0) {
            sentences.add("وقال قائد ميداني لـ\"جيش النصر\" إن المعارك ستستمر حتى استعادة المنطقة.");
        }
        sentences.add(random.nextBoolean() ? "وأفاد ناشطون أن حصيلة الضحايا مرشحة للارتفاع."
                : "وقالت مصادر محلية إن فرق الإسعاف نقلت الجرحى إلى مستشفى قريب.");
        long day = random.nextInt((int) (lastDay().toEpochDay() - firstDay().toEpochDay() + 1));
        LocalDateTime published = firstDay().plusDays(day).atTime(6 + random.nextInt(16), random.nextInt(60));
        String id = String.format(Locale.ROOT, "synthetic-%06d", number);
        boolean wire = number % 2 == 0;
        return new Report(id, title, String.join("\n", sentences),
                PublishedTime.of(published.atOffset(ZoneOffset.ofHours(3))),
                wire ? "https://example.org/synthetic/" + id : null, wire ? "Wire " + (1 + number % 3) : null,
                "synthetic");
    }

    /** An actor's name as a report writes it: sometimes in quotes, sometimes with hamza dropped. */
    private String name(ActorName a) {
        int style = random.nextInt(6);
        if (style == 0) {
            return "\"" + a.arabic() + "\"";
        }
        if (style == 1) {
            return a.arabic().replace('أ', 'ا').replace('إ', 'ا');
        }
        return a.arabic();
    }

    /** A number as reports write it: Latin digits, Arabic-Indic digits, or a word. */
    private String count(int n) {
        int style = random.nextInt(3);
        if (style == 0 || n < 2 || n > 10) {
            return style == 1 ? toArabicIndic(n) : Integer.toString(n);
        }
        return style == 1 ? toArabicIndic(n) : NUMBER_WORDS[n - 2];
    }

    private static String toArabicIndic(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append((char) ('\u0660' + (c - '0')));
        }
        return s.toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
