using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordDekPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A byline signed by a wire's or a paper's staff names no person, and a wire with the place it files from still
    /// signs the story.
    /// </summary>
    public class WireStaffBylineTests
    {
        [Theory]
        [InlineData("By Staff The Canadian Press", "The Canadian Press")]
        [InlineData("By Staff, Associated Press", "Associated Press")]
        public void TheStaffOfAWireNameNoPerson(string line, string wire)
        {
            var s = Structure(Headline + "\n\n" + line + "\nPosted November 27, 2026 5:43 pm" + Body);

            Assert.Equal(new[] { wire }, s.Authors);
            Assert.Equal(wire, s.Agency);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void TheStaffOfAnUnknownPaperNameNoAuthor()
        {
            // "Staff The" was returned as a person's name; the paper's staff sign no person, and the paper is no wire.
            var s = Structure(Headline + "\n\nBy Staff The Harbour Press\nPosted November 27, 2026 5:43 pm" + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
        }

        [Theory]
        [InlineData("Reuters Port Elmsworth", "Reuters", "Port Elmsworth")]
        [InlineData("Press Trust of India Brackenford", "Press Trust of India", "Brackenford")]
        public void AWireWithThePlaceItFilesFromSignsTheStory(string line, string wire, string place)
        {
            var s = Structure(Headline + "\n\n" + line + "\n\nLast Updated : Nov 27 2026 | 3:32 PM IST" + Body);

            Assert.Equal(new[] { wire }, s.Authors);
            Assert.Equal(place, s.Place);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }
    }
}
