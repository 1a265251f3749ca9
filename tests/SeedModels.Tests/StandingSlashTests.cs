using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11: a slash standing between spaces parts a header line's pieces as a bar does: the publication's name before
    /// the date (<c>Westhaven Daily Bulletin / 05:22 PM May 27, 2024</c>), the author's handle after her title
    /// (<c>By: Jane Roe - Correspondent / @janeroe</c>). Neither line was read. Invented names and outlets.
    /// </summary>
    public class StandingSlashTests
    {
        [Theory]
        [InlineData("Westhaven Daily Bulletin / 05:22 PM May 27, 2024")]
        [InlineData("Westhaven Daily Bulletin / May 27, 2024")]
        [InlineData("News / May 27, 2024")]
        public void APublicationsNameBeforeTheDateAcrossASlashDatesThePage(string line)
        {
            var s = Structure(Headline + "\n\nBy Ailbe Morrow\n" + line + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 5, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AHandleAfterTheTitleAcrossASlashLeavesTheAuthor()
        {
            var s = Structure(Headline + "\n\nBy: Ailbe Morrow-Quinn - Correspondent / @ailbemq" + Body);

            Assert.Equal(new[] { "Ailbe Morrow-Quinn" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("The ferry runs 24/7 from May 27, 2024.")]
        [InlineData("Fares and/or timetables change on May 27, 2024 at the earliest, the board said in its notice.")]
        public void ASlashInsideAWordOrNumberMakesNoDateLine(string line)
        {
            var s = Structure(Headline + Body + "\n\n" + line);

            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }
    }
}
