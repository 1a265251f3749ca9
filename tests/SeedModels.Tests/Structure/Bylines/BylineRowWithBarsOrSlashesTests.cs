using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A byline row whose fields are parted by bars or slashes: two people joined by a slash are two authors, a name
    /// and title beside the date across a bar are the author, and the date after an editor's name is read, while a
    /// section across the bar names no one.
    /// </summary>
    public class BylineRowWithBarsOrSlashesTests
    {
        [Fact]
        public void TwoPeopleJoinedByASlashAreStillTwoAuthors()
        {
            var s = Structure(Headline + "\n\nBy Ailbe Morrow/Rhys Abernethy" + Body);

            Assert.Equal(new[] { "Ailbe Morrow", "Rhys Abernethy" }, s.Authors);
        }

        // --- A name and the date parted by a bar, a middle dot or a standing slash: a byline with its date, not a section's date line. ---
        [Theory]
        [InlineData("Ailbe Morrow | Nov 27, 2023")]
        [InlineData("Ailbe Morrow · Posted: Nov 27, 2023")]
        [InlineData("Ailbe Morrow · Kestrel Radio · Posted: Nov 27, 2023 6:00 AM AST | Last Updated: November 27, 2023")]
        [InlineData("Ailbe Morrow / Nov 27, 2023")]
        [InlineData("Ailbe Morrow / KNS / Updated: Nov 27, 2023, 09:14 IST")]
        public void ANameBeforeTheDateAcrossABarIsTheAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(new System.DateTime(2023, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Local News | Nov 27, 2023")]
        [InlineData("Westhaven Bulletin / Nov 27, 2023")]
        public void ASectionBeforeTheDateAcrossABarStillNamesNoOne(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new System.DateTime(2023, 11, 27), s.Date);
        }

        // --- The date, a bar, the author's name and title. ---
        [Fact]
        public void ANameAndTitleAfterTheDateAndABarAreTheAuthors()
        {
            var s = Structure(Headline + "\n\n3 March 2024 | Wendeline Ostrakova, Habitat Officer" + Body);

            Assert.Equal(new[] { "Wendeline Ostrakova" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        // --- A portal's byline row: the writer, the editor, then the update's date, all parted by bars. ---
        [Theory]
        [InlineData("Written By: Orla Penhallow | Edited By: Tadhg Merrion | Updated: March 3, 2024, 11:02 AM IST")]
        [InlineData("By Orla Penhallow | Edited by Tadhg Merrion | Updated: March 3, 2024")]
        public void TheDateAfterAnEditorsNameOnTheBylineRowIsRead(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
        }
    }
}
