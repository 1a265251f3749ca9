using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.StoryBody;
using static SeedModels.Tests.WenlowFerryStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// Bylines a newsroom writes without the usual label: a newsroom job before the name, a name in capitals followed
    /// by the paper and the job, a critic's "Reviewed by"; an official or a photographer under the headline, or the
    /// reviewer of an article that is no review, is no author.
    /// </summary>
    public class NewsroomAndReviewerBylineTests
    {
        [Theory]
        [InlineData("By MAREN OYELARAN Sentinel Staff Writer")]
        [InlineData("MAREN OYELARAN Sentinel Staff Writer")]
        [InlineData("By MAREN OYELARAN Times-Dispatch Staff Writer")]
        public void ANameInCapitalsEndsWhereTheCapitalsDoBeforeThePaperAndTheJob(string line)
        {
            // The engine gave "MAREN OYELARAN Sentinel Staff Writer" as the author (a byline never holds a job), or no byline.
            var s = Structure("The ferry that outlived its harbour\n\n" + line + "\n\nMar 27, 2026\n\n" + Lead + "\n\n" + Second);

            Assert.Equal(new[] { "Maren Oyelaran" }, s.Authors);
            Assert.DoesNotContain("Staff Writer", Body(s));
        }

        [Fact]
        public void ANameInCapitalsKeepsAScotsOrIrishSurname()
        {
            var s = Structure("The ferry that outlived its harbour\n\nBy JOHN PAUL McDONALD\n\nMar 27, 2026\n\n" + Lead + "\n\n" + Second);

            Assert.Single(s.Authors);
            Assert.EndsWith("McDonald", s.Authors[0], System.StringComparison.OrdinalIgnoreCase);
        }

        [Theory]
        [InlineData("Court reporter Maren Oyelaran")]
        [InlineData("Senior Court Reporter Maren Oyelaran")]
        [InlineData("Transport correspondent Maren Oyelaran")]
        public void ANewsroomJobBeforeTheNameIsABylineWithoutALabel(string line)
        {
            var s = Structure("The ferry that outlived its harbour\n\n" + line + "\n\nMar 27, 2026\n\n" + Lead + "\n\n" + Second);

            Assert.Equal(new[] { "Maren Oyelaran" }, s.Authors);
            Assert.DoesNotContain("Oyelaran", Body(s));
        }

        [Theory]
        [InlineData("Mayor Maren Oyelaran")]
        [InlineData("Photographer Maren Oyelaran")]
        public void AnOfficialOrAPhotographerNamedUnderTheHeadlineIsNoAuthor(string line)
        {
            var s = Structure("The ferry that outlived its harbour\n\n" + line + "\n\nMar 27, 2026\n\n" + Lead + "\n\n" + Second);

            Assert.Empty(s.Authors);
        }

        [Fact]
        public void AReviewsCriticSignsWithReviewedBy()
        {
            var s = Structure("Stage / Theatre\n\nHigh Tide review: a lighthouse comedy that earns its storm\n\n\u2605\u2605\u2605\u2606\u2606\n\nReviewed by Ilse Marchbank\n\n" + Lead + "\n\n" + Second);

            Assert.Equal(new[] { "Ilse Marchbank" }, s.Authors);
            Assert.DoesNotContain("Reviewed by", Body(s));
        }

        [Fact]
        public void AReviewerOfAnArticleThatIsNoReviewIsNoAuthor()
        {
            var s = Structure("Ferry crews to get new lifejackets\n\nReviewed by Ilse Marchbank\n\n" + Lead + "\n\n" + Second);

            Assert.Empty(s.Authors);
            Assert.DoesNotContain("Reviewed by", Body(s));
        }
    }
}
