using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// The story's date is its publication's, not its update's; an update's date alone still dates it, and an update
    /// line going on from the date line is no body.
    /// </summary>
    public class UpdatedDateTests
    {
        // --- The publication's date, not the update's. ---
        [Theory]
        [InlineData("Updated Nov 29, 2026 | Published Nov 28, 2026")]
        [InlineData("Published Nov 28, 2026 | Updated Nov 29, 2026")]
        [InlineData("Last updated: November 29, 2026\nFirst published: November 28, 2026")]
        [InlineData("Updated: November 29, 2026 10:14 AM\n\nPublished: November 28, 2026 9:00 AM")]
        public void TheStorysDateIsItsPublicationNotItsUpdate(string lines)
        {
            var s = Structure(Headline + "\n\nBy Ines Valcourt\n" + lines + Body);

            Assert.Equal(new DateTime(2026, 11, 28), s.Date);
            Assert.Equal(new[] { "Ines Valcourt" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AnUpdatesDateAloneStillDatesTheStory()
        {
            var s = Structure(Headline + "\n\nBy Ines Valcourt\nUpdated November 29, 2026" + Body);

            Assert.Equal(new DateTime(2026, 11, 29), s.Date);
        }

        // --- The update's half of a date line, set on the next line. ---
        [Fact]
        public void AnUpdateLineGoingOnFromTheDateLineIsNoBody()
        {
            var s = Structure(Headline + "\n\nBy: Ailbe Morrow\nPosted at 5:12 PM, Apr 02, 2024\nand last updated 7:45 PM, Apr 02, 2024" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 4, 2), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }
    }
}
