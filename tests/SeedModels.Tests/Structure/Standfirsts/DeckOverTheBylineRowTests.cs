using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A deck of three short sentences right under the headline, over the byline's row, is the standfirst and leaves the row
    /// the header's; the same sentences with no row under them are the story's first paragraph.
    /// </summary>
    public class DeckOverTheBylineRowTests
    {
        private const string Deck = "The board says the new crossing will cut waits by half. Critics say it will cost more. Here is how it works.";

        [Theory]
        [InlineData("Maeve Tolland \u00B7 Transport reporter \u00B7 Thu 29 February 2024")]
        [InlineData("Maeve Tolland | 29 February 2024")]
        public void ADeckOfThreeSentencesOverTheRowIsTheStandfirst(string row)
        {
            var s = Structure(Headline + "\n\n" + Deck + "\n\n" + row + Body);

            Assert.Equal(Deck, s.Standfirst?.Text);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(new DateTime(2024, 2, 29), s.Date);
            Assert.Empty(s.Crossheads);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void TheSameSentencesWithNoRowUnderThemAreTheStory()
        {
            var s = Structure(Headline + "\n\n" + Deck + Body);

            Assert.Contains(s.Paragraphs, p => p.Text == Deck);
        }
    }
}
