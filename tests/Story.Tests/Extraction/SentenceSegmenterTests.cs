using Story.Extraction.Segmentation;

namespace Story.Tests.Extraction;

public class SentenceSegmenterTests
{
    [Fact]
    public void Split_AbbreviationsTitlesAndTimes_DoNotEndSentences()
    {
        // Given abbreviations that end in a dot in the middle of a sentence
        var text = "U.S. officials met Gen. Randy George and Dr. Ana Ruiz on Nov. 21 at 3 p.m. in St. Louis. Mr. Jones was not there.";

        // When
        var sentences = SentenceSegmenter.Split(text);

        // Then
        Assert.Equal(
            ["U.S. officials met Gen. Randy George and Dr. Ana Ruiz on Nov. 21 at 3 p.m. in St. Louis.", "Mr. Jones was not there."],
            sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_InitialsAndDottedAbbreviationBeforeAName_DoNotEndSentences()
    {
        var sentences = SentenceSegmenter.Split("Donald J. Trump met U.S. envoys. The talks ended.");

        Assert.Equal(["Donald J. Trump met U.S. envoys.", "The talks ended."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_DottedAbbreviationFollowedByASentenceStarter_EndsTheSentence()
    {
        var sentences = SentenceSegmenter.Split("The delegation flew back to the U.S. The talks ended on Friday.");

        Assert.Equal(["The delegation flew back to the U.S.", "The talks ended on Friday."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_SentenceEndingInsideAQuote_EndsAfterTheClosingQuote()
    {
        var sentences = SentenceSegmenter.Split("He called the deal “a historic step.” The talks resume today.");

        Assert.Equal(["He called the deal “a historic step.”", "The talks resume today."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_MultiSentenceQuoteFollowedByAttribution_StaysWithItsAttribution()
    {
        var sentences = SentenceSegmenter.Split("“Peace is possible. But not at any price,” she said. The talks resume on Monday.");

        Assert.Equal(["“Peace is possible. But not at any price,” she said.", "The talks resume on Monday."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_HeadlineWithoutFinalPunctuation_EndsAtTheLineBreak()
    {
        var sentences = SentenceSegmenter.Split("Talks Resume in Geneva\nDelegates met on Monday. They agreed on an agenda.");

        Assert.Equal(3, sentences.Count);
        Assert.Equal("Talks Resume in Geneva", sentences[0].Text);
        Assert.True(sentences[0].EndsLine);
        Assert.False(sentences[0].HasFinalPunctuation);
        Assert.True(sentences[1].HasFinalPunctuation);
    }

    [Fact]
    public void Split_AnyText_ReturnsSpansWithExactOffsets()
    {
        // Given leading spaces, blank lines, curly quotes and non-ASCII letters
        var text = "  date 2025-11-20 Jean-Noël Barrot said “peace cannot be a capitulation.”\n\n\nZelenskyy’s office replied.   \n";

        // When
        var sentences = SentenceSegmenter.Split(text);

        // Then every span is the text at its offsets, trimmed
        Assert.Equal(2, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(text.Substring(s.Start, s.End - s.Start), s.Text));
        Assert.All(sentences, s => Assert.Equal(s.Text.Trim(), s.Text));
    }

    [Fact]
    public void Split_DecimalNumbers_DoNotEndSentences()
    {
        var sentences = SentenceSegmenter.Split("Growth was 3.5 percent in March. Prices rose.");

        Assert.Equal(["Growth was 3.5 percent in March.", "Prices rose."], sentences.Select(s => s.Text));
    }
}
