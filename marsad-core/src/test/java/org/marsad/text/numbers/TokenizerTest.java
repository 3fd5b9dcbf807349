package org.marsad.text.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.text.NormalizedText;

class TokenizerTest {

    private static List<Token> direct(String original) {
        return Tokenizer.tokenize(NormalizedText.of(original).normalized());
    }

    private static List<Token> refined(String original) {
        return Tokenizer.refine(org.marsad.text.Tokenizer.tokenize(NormalizedText.of(original)));
    }

    @Test
    void refiningTheTextStagesTokensGivesTheSameTokensAsTokenizingAgain() {
        for (String sentence : List.of(
                "قُتل ١٬٢٠٠ شخص و2.5 طن من المساعدات في 14/2/2017م",
                "مدير المكتب الإعلامي لـ\"جيش النصر\" قال: «انتهى».",
                "café\u0301 et re\u0301sume\u0301, 3.5% 10-15 و130 2017هـ",
                "اشتباكات\u00A0عنيفة\u202Fفي\u2007ريف حماة 😀 ؟!",
                "حرف\u08F0عربي ومد\u0670 ـــ ,5 3. 1,2,3")) {
            assertThat(refined(sentence)).as(sentence).isEqualTo(direct(sentence));
        }
    }

    @Test
    void refiningAgreesWithTokenizingOnRandomMixturesOfTrickyCharacters() {
        String alphabet = "ابتلوفكـًّٰ\u08F0\u0301ae0123456789٣٤,.،:/-\"'«» \u00A0\u202F\n\t😀";
        Random random = new Random(20170222);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(refined(text)).as("'%s'", text).isEqualTo(direct(text));
        }
    }
}
