using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordHeaderPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A standfirst set right under the headline with no blank line is parted from it, and one between the byline and
    /// the date is the standfirst; a photo's description in that place is not.
    /// </summary>
    public class StandfirstNearHeadlineOrBylineTests
    {
        [Fact]
        public void AHeadlineOverItsStandfirstWithNoBlankLineBetweenIsParted()
        {
            var s = Structure("Brackenford library to close after roof survey\nThe council says the building cannot open again until its roof beams are replaced." +
                              "\n\nBy Maeve Tolland\n\nNovember 27, 2026" + Body);

            Assert.Equal("Brackenford library to close after roof survey", s.Headline);
            Assert.Equal("The council says the building cannot open again until its roof beams are replaced.", s.Standfirst?.Text);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AStandfirstBetweenTheBylineAndTheDateIsTheStandfirst()
        {
            var s = Structure(Headline + "By Maeve Tolland\n\nThe council says the building cannot open again until its roof beams are replaced.\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal("The council says the building cannot open again until its roof beams are replaced.", s.Standfirst?.Text);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void APhotoDescriptionBetweenTheBylineAndTheDateIsNoStandfirst()
        {
            var s = Structure(Headline + "By Maeve Tolland\n\nWorkers inspect the cracked roof beams of the old library on Elm Street.\n\nNovember 27, 2026" + Body);

            Assert.Null(s.Standfirst);
        }
    }
}
