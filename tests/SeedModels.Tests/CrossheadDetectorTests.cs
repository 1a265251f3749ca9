using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    public class CrossheadDetectorTests
    {
        private const string Headline = "Town votes on new budget\n\n";
        private const string First = "The council met on Tuesday night to vote on the budget. The debate lasted four hours.\n\n";
        private const string Last = "\n\nThe new budget takes effect in April. Residents will see the changes then.";

        [Fact]
        public void ShortTitleLineBetweenBodyParagraphsIsACrosshead()
        {
            var s = Structure(Headline + First + "Library closures ruled out" + Last);

            Assert.Equal(new[] { "Library closures ruled out" }, s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == "Library closures ruled out");
        }

        [Fact]
        public void SeveralCrossheadsAreKeptInOrder()
        {
            var s = Structure(Headline + First + "Library closures ruled out\n\nThe libraries will stay open. Opening hours will be cut.\n\nWhat happens next" + Last);

            Assert.Equal(new[] { "Library closures ruled out", "What happens next" }, s.Crossheads);
        }

        [Fact]
        public void ASingleWordSectionTitleIsACrosshead()
        {
            var s = Structure(Headline + First + "Libraries" + Last);

            Assert.Equal(new[] { "Libraries" }, s.Crossheads);
        }

        [Theory]
        [InlineData("Library closures were ruled out.")]
        [InlineData("Libraries,")]
        [InlineData("library closures ruled out")]
        [InlineData("\u201CNot on my watch\u201D says mayor")]
        [InlineData("Library closures ruled out in a vote that lasted far longer than expected")]
        [InlineData("Library closures ruled out:")]
        public void LinesThatAreNotCrossheadsStayInTheBody(string line)
        {
            var s = Structure(Headline + First + line + Last);

            Assert.Empty(s.Crossheads);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void ATitleLineAtTheEndIsNoCrosshead()
        {
            var s = Structure(Headline + First.TrimEnd() + "\n\nLibrary closures ruled out");

            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void ATitleLineRightUnderTheHeadlineIsNoCrosshead()
        {
            var s = Structure(Headline + "Library closures ruled out" + Last);

            Assert.Empty(s.Crossheads);
            Assert.Equal("Library closures ruled out", s.Paragraphs.First().Text);
        }
    }
}
