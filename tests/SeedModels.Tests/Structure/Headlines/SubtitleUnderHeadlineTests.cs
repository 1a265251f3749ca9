using Xunit;
using static SeedModels.Tests.BrackwaterFerryStory;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A headline with its subtitle on the next line and no blank line between, as blogs, newsletters and press releases print
    /// them: the subtitle is in sentence case and closes on no full stop; a headline wrapped in two lines is still read as one.
    /// Invented pages.
    /// </summary>
    public class SubtitleUnderHeadlineTests
    {
        [Fact]
        public void ASubtitleWithNoFullStopUnderTheHeadlineIsTheStandfirst()
        {
            var s = Structure("The ferry vote nobody is talking about\nWhy the county's quiet transfer matters more than the new pier" + Story);

            Assert.Equal("The ferry vote nobody is talking about", s.Headline);
            Assert.Equal("Why the county's quiet transfer matters more than the new pier", s.Standfirst?.Text);
        }

        [Fact]
        public void AHeadlineOpeningWithAQuotationUnderASectionLineIsTheHeadline()
        {
            var s = Structure("News & stories\n\u201CWe had nowhere else to go\u201D: winter brings record demand at the food bank" + Story);

            Assert.Equal("\u201CWe had nowhere else to go\u201D: winter brings record demand at the food bank", s.Headline);
        }

        [Fact]
        public void AHeadlineWrappedInTwoTitleCaseLinesStaysOne()
        {
            var s = Structure("Council To Close Brackwater Library\nAfter Roof Survey Finds Cracks" + Story);

            Assert.Equal("Council To Close Brackwater Library After Roof Survey Finds Cracks", s.Headline);
        }

        [Theory]
        [InlineData("Council to close Brackwater library after")]
        [InlineData("Council to close Brackwater library because")]
        public void ALineClosingOnAJoinerIsNoHeadlineOverASubtitle(string first)
        {
            var s = Structure(first + "\nRoof survey finds cracks in every beam" + Story);

            Assert.NotEqual(first, s.Headline);
        }
    }
}
