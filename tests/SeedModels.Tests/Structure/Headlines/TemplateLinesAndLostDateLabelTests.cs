using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordDekPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// The template's lines over the headline, alone or over a section's name, are skipped with it, and a date's label
    /// whose date was lost is furniture.
    /// </summary>
    public class TemplateLinesAndLostDateLabelTests
    {
        [Theory]
        [InlineData("Connect with us")]
        [InlineData("Accessibility links")]
        [InlineData("print logo")]
        [InlineData("Harbour Gazette logo")]
        [InlineData("LOGO")]
        [InlineData("Archive for November 27th, 2026")]
        public void TheTemplatesLineOverTheHeadlineIsNoHeadline(string top)
        {
            var s = Structure(top + "\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void TheTemplatesLinesOverASectionNameAndTheHeadlineAreSkippedTogether()
        {
            var s = Structure("Accessibility links\n\nLocal News\n\n" + Headline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Published\n\non")]
        [InlineData("Last updated:")]
        public void ADatesLabelWhoseDateWasLostIsFurniture(string lines)
        {
            var s = Structure(Headline + "\n\n" + lines + "\n\nBy Maeve Tolland" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }
    }
}
