using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A date's label printed right after the name (<c>By Jane Doe Last updated 2 hours ago</c>) opens the date, and is no part of
    /// the author (a byline holds people, never a date); a surname that is also such a word (<c>By James Last</c>) stays.
    /// </summary>
    public class DateLabelAfterNameTests
    {
        [Theory]
        [InlineData("By Maeve Tolland Last updated 2 hours ago", "Maeve Tolland")]
        [InlineData("By Maeve Tolland Updated 3 hours ago", "Maeve Tolland")]
        [InlineData("By James Last", "James Last")]
        [InlineData("By James Last, Staff Writer", "James Last")]
        public void ADatesLabelAfterTheNameIsNoPartOfIt(string line, string author)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { author }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }
    }
}
