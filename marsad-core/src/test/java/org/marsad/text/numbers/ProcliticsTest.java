package org.marsad.text.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class ProcliticsTest {

    private static final List<String> BARE = List.of("عشرات", "نحو", "قبل", "منذ", "الاحد", "اليوم", "ما", "ليل",
            "بضعه", "واحد", "الف", "لا");

    @Test
    void aWrittenFormIsAWordWhoseFormsTakeInABareWord() {
        Set<String> written = Proclitics.writtenForms(BARE);
        assertThat(written).contains("عشرات", "وعشرات", "بعشرات", "فبعشرات", "فمنذ", "لليوم", "وبالاحد")
                .doesNotContain("العشرات", "ومنذر");
    }

    @Test
    void aWordIsWrittenFromABareWordExactlyWhenOneOfItsFormsIsOne() {
        Set<String> written = Proclitics.writtenForms(BARE);
        List<String> words = new ArrayList<>();
        String letters = "وفبلكاالمنذقعشرتحيدوهض";
        Random random = new Random(1438);
        for (String bare : BARE) {
            for (String head : List.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فك", "لل", "ولل", "بب", "ال", "وال")) {
                words.add(head + bare);
                words.add(head + bare.substring(1));
            }
        }
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(7); k > 0; k--) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(ArabicNormalizer.normalize(b));
        }
        for (String word : words) {
            boolean opens = Proclitics.forms(word, true).stream().anyMatch(BARE::contains);
            assertThat(written.contains(word)).as(word).isEqualTo(opens);
        }
    }
}
