using SeedModels.Extraction.Quotes;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    public class QuoteKindClassifierTests
    {
        private static bool IsDirect(string paragraph, string quoted) =>
            QuoteKindClassifier.IsDirect(Quote(new[] { paragraph }, 0, quoted), paragraph);

        [Theory]
        [InlineData("\u201CWe will win this,\u201D she said.", "We will win this,")]
        [InlineData("He said: \u201CWe will win this.\u201D", "We will win this.")]
        [InlineData("The mayor tweeted: \u201CCops are taking selfies\u201D", "Cops are taking selfies")]
        [InlineData("\u201CWhy now?\u201D she asked.", "Why now?")]
        [InlineData("The vote passed. \u201CIt is a good day for the town,\u201D he said.", "It is a good day for the town,")]
        [InlineData("She added \u2014 \u201CNobody wanted this outcome\u201D \u2014 before leaving.", "Nobody wanted this outcome")]
        public void FullUtterancesAreDirect(string paragraph, string quoted)
        {
            Assert.True(IsDirect(paragraph, quoted));
        }

        [Theory]
        [InlineData("The plan was branded \u201Ca false economy\u201D by critics.", "a false economy")]
        [InlineData("She said the result was \u201Cdisappointing\u201D.", "disappointing")]
        [InlineData("He called them \u201CSpecial\u201D and left.", "Special")]
        [InlineData("The so-called \u201CHundred Year Flood\u201D hit the town.", "Hundred Year Flood")]
        [InlineData("They chanted \u201CACAB (all cops are bastards)\u201D outside.", "ACAB (all cops are bastards)")]
        [InlineData("Officials said \u201Cat no extra cost\u201D to residents.", "at no extra cost")]
        public void FragmentsAndScareQuotesArePartial(string paragraph, string quoted)
        {
            Assert.False(IsDirect(paragraph, quoted));
        }

        [Fact]
        public void AQuoteOverSeveralParagraphsIsDirect()
        {
            var paragraphs = new[] { "She wrote: \u201Cwe came here with nothing.", "\u201Cand we stayed.\u201D" };

            Assert.True(QuoteKindClassifier.IsDirect(MultiParagraphQuote(paragraphs, 0, 1, "and we stayed."), paragraphs[0]));
        }
    }
}
