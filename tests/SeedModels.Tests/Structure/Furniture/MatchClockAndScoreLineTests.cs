using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A match page's furniture: the live blog's clock over each entry (<c>74 min</c>, <c>90+4'</c>), its stage labels
    /// (<c>Half-time</c>, <c>Pre-match</c>) and the score line (<c>Rovers 2 United 1 FT</c>) are neither story nor heading;
    /// a stage in capitals before a colon is no place of filing.
    /// </summary>
    public class MatchClockAndScoreLineTests
    {
        [Theory]
        [InlineData("74 min")]
        [InlineData("80+2 min")]
        [InlineData("45+1'")]
        [InlineData("Half-time")]
        [InlineData("Pre-match")]
        [InlineData("Kestrel Rovers 2 Dunmore United 1 FT")]
        [InlineData("Kestrel Rovers 2 Dunmore United 1")]
        public void AClockAStageOrAScoreLineIsFurniture(string line)
        {
            var s = Structure(Headline + "\n\nBy Maeve Tolland" + Body + "\n\n" + line + "\n\nThe ferry will run an extra crossing on match days until the end of the season.");

            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
            Assert.DoesNotContain(line, s.Crossheads);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Fact]
        public void ASentenceWithScoresStaysInTheStory()
        {
            const string line = "Kestrel Rovers beat Dunmore United 2 to 1 on Saturday, their first win at the harbour ground since 2019.";
            var s = Structure(Headline + "\n\nBy Maeve Tolland" + Body + "\n\n" + line);

            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void AStageInCapitalsBeforeAColonIsNoPlaceOfFiling()
        {
            var s = Structure(Headline + "\n\nBy Maeve Tolland\n\nFULL-TIME: Kestrel Rovers 2 Dunmore United 1. What a finish at the harbour ground, where the home side held on through six minutes of added time." + Body);

            Assert.Null(s.Place);
        }
    }
}
