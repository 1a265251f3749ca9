using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11: the author's job title on the line under her name, when it holds a beat or a scheme's name no list knows
    /// (<c>Local Democracy Reporter</c>, <c>Local Journalism Initiative Reporter</c>, <c>Westhaven Correspondent</c>). The
    /// name was left in the body with its title, and the page had no author. Invented names and places.
    /// </summary>
    public class RoleLineTests
    {
        [Theory]
        [InlineData("Local Democracy Reporter")]
        [InlineData("Local Journalism Initiative Reporter")]
        [InlineData("Kestrel Valley Correspondent")]
        [InlineData("Harbour Affairs Editor")]
        public void AJobTitleWithABeatUnderTheNameLeavesTheNameTheAuthor(string title)
        {
            var s = Structure(Headline + "\n\nAilbe Morrow\n" + title + "\nJan. 22, 2025" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(new System.DateTime(2025, 1, 22), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AJobTitleWithABeatUnderABylineStaysOutOfTheBody()
        {
            var s = Structure(Headline + "\n\nBy Ailbe Morrow\nKestrel Valley Correspondent" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- What is no job title: the role's word not last, too many unknown words, or words in lower case. ---

        [Theory]
        [InlineData("ferry and harbour reporter")]
        public void ALineThatIsNoTitleLeavesTheNameUnread(string line)
        {
            var s = Structure(Headline + "\n\nAilbe Morrow\n" + line + "\nJan. 22, 2025" + Body);

            Assert.Empty(s.Authors);
        }

        // A name alone on its line (the page broke the block's lines: each is shorter than the next word would allow) is the
        // byline by itself; a capitalised line under it that is no title is not read into the name.
        [Theory]
        [InlineData("Reporter Kestrel Valley Harbour")]
        [InlineData("Kestrel Valley Harbour Ferry Reporter")]
        public void ALineThatIsNoTitleStaysOutOfTheNameAloneOverIt(string line)
        {
            var s = Structure(Headline + "\n\nAilbe Morrow\n" + line + "\nJan. 22, 2025" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
        }
    }
}
