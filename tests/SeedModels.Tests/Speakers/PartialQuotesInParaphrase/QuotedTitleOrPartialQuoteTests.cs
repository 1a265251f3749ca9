using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Quotation marks around a title (a book, a programme) mark no speech, while short lower-case words in quotation
    /// marks are a phrase the subject used.
    /// </summary>
    public class QuotedTitleOrPartialQuoteTests
    {
        [Theory]
        [InlineData("Lena Ostrow, the author of \u201CSalt Roads,\u201D about the old shipping lanes, said the town had lost \u201Ca sense of its own harbour\u201D over the years.", "a sense")]
        [InlineData("Lena Ostrow said on Radio Kestle's \u201CMorning Tide\u201D that she would \u201Clook again\u201D at the plan.", "look again")]
        [InlineData("As Lena Ostrow, the author of \u201CSalt Roads,\u201D put it, \u201CThe harbour made this town.\u201D", "The harbour")]
        public void ATitleNobodySaysIsPartOfTheSentenceBeforeTheQuote(string paragraph, string quoteStart)
        {
            Assert.Equal("Lena Ostrow", SpeakerOfQuote(quoteStart, paragraph));
        }

        [Fact]
        public void AQuoteOfShortLowerCaseWordsIsNoTitle()
        {
            // "fog of war" has no word of four letters, but none is capitalised either: a phrase the subject used.
            Assert.Equal("Lena Ostrow", SpeakerOfQuote("fog of",
                "Lena Ostrow chairs the harbour board.", "At the board meeting on Monday night, Ostrow blamed the \u201Cfog of war\u201D for the delay."));
        }

        [Fact]
        public void AShortCapitalisedQuoteAfterAPrepositionIsStillAProgrammesName()
        {
            Assert.Null(SpeakerOfQuote("New Day", "Lena Ostrow chairs the harbour board.", "Ostrow spoke on Radio Kestle's \u201CNew Day\u201D on Monday."));
        }
    }
}
