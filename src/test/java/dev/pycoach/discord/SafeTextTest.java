package dev.pycoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    @DisplayName("splitting keeps every piece within the limit, cuts at line breaks and re-opens a code fence")
    void splitsAtLinesAndBalancesFences() {
        StringBuilder text = new StringBuilder("Intro line.\n```py\n");
        for (int i = 0; i < 200; i++) {
            text.append("value_").append(i).append(" = compute(").append(i).append(")\n");
        }
        text.append("```\nAfter the code.");

        List<String> pieces = SafeText.split(text.toString(), 2000);

        assertThat(pieces).hasSizeGreaterThan(2).allMatch(p -> p.length() <= 2000);
        assertThat(pieces).allMatch(p -> p.split("```", -1).length % 2 == 1);
        assertThat(pieces.get(1)).startsWith("```py\n");
        assertThat(String.join("", pieces).replace("```py", "").replace("```", "").replaceAll("\\s", ""))
                .isEqualTo(text.toString().replace("```py", "").replace("```", "").replaceAll("\\s", ""));
    }

    @Test
    @DisplayName("a word longer than the limit is cut hard; truncation adds an ellipsis and never exceeds the limit")
    void hardCutsAndTruncates() {
        assertThat(SafeText.split("x".repeat(4500), 2000)).extracting(String::length).containsExactly(1996, 1996, 508);
        assertThat(SafeText.truncate("abcdef", 4)).isEqualTo("abc\u2026");
        assertThat(SafeText.truncate("abc", 4)).isEqualTo("abc");
    }

    @Test
    @DisplayName("user text is escaped: Markdown shown as typed, mentions broken; inline code drops backticks")
    void escapes() {
        assertThat(SafeText.escape("**bold** @everyone <@123>")).doesNotContain("**bold**").doesNotContain("@everyone")
                .contains("\\*\\*bold\\*\\*");
        assertThat(SafeText.inlineCode("a `b` c", 50)).isEqualTo("`a 'b' c`");
        assertThat(SafeText.inlineCode("x".repeat(80), 20)).hasSize(22);
    }
}
