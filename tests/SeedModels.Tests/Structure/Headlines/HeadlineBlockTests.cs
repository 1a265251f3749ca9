using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordHeaderPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// The headline's own block: a headline wrapped over two lines is one headline, a paragraph wrapped over two lines
    /// is no headline, and a label, a breadcrumb or a copy of the headline over it, or a short sentence-case headline
    /// over its dek, leaves the headline in place.
    /// </summary>
    public class HeadlineBlockTests
    {
        [Theory]
        [InlineData("Brackenford library to close\nafter roof survey finds cracks", "Brackenford library to close after roof survey finds cracks")]
        [InlineData("Brackenford Library To Close\nAfter Roof Survey Finds Cracks", "Brackenford Library To Close After Roof Survey Finds Cracks")]
        [InlineData("Local News\nBrackenford library to close after roof survey", "Brackenford library to close after roof survey")]
        public void AHeadlineOnABlockOfTwoLinesIsStillTheHeadline(string top, string headline)
        {
            var s = Structure(top + "\n\nBy Maeve Tolland\n\nNovember 27, 2026" + Body);

            Assert.Equal(headline, s.Headline);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("The council voted on Tuesday to close the", "Old library after a survey of its roof.")]
        public void AParagraphWrappedOverTwoLinesIsNoHeadlineAndStandfirst(string first, string second)
        {
            var s = Structure(first + "\n" + second + Body);

            Assert.NotEqual(first, s.Headline);
            var texts = s.Paragraphs.Select(p => p.Text).Append(s.Standfirst?.Text).ToList();
            Assert.Contains(first + " " + second, texts);
            Assert.DoesNotContain(second, texts);
        }

        [Theory]
        [InlineData("Community Notes\n\n")]
        [InlineData("Westhaven Courier\n\n")]
        [InlineData("Libraries\n\n")]
        [InlineData("Home / Local News / Brackenford library to close after roof survey finds cracks\n\n")]
        [InlineData("Brackenford library to close after roof survey finds cracks\n\n")]
        public void ALabelABreadcrumbOrACopyOfTheHeadlineOverItIsNeitherHeadlineNorStandfirst(string above)
        {
            var s = Structure(above + Headline + "By Maeve Tolland\n\nNovember 27, 2026" + Body);

            Assert.Equal("Brackenford library to close after roof survey finds cracks", s.Headline);
            Assert.Null(s.Standfirst);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AShortHeadlineInSentenceCaseOverItsDekStaysTheHeadline()
        {
            var s = Structure("Closing time\n\nBrackenford shuts its old library after a survey of the roof\n\nBy Maeve Tolland\n\nNovember 27, 2026" + Body);

            Assert.Equal("Closing time", s.Headline);
        }
    }
}
