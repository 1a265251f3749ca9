using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// The label that opens a byline: a community page's label, a longer author label or a live blog's editor label
    /// names the author, while a sentence opening with "By", a user name under the label, an editor under the byline or
    /// a medical reviewer names no author.
    /// </summary>
    public class BylineLabelTests
    {
        [Theory]
        [InlineData("By the time the ferry and its crew returned")]
        [InlineData("By 2027 the harbour and the ferry will be rebuilt")]
        public void ASentenceOpeningWithByIsNoByline(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Empty(s.Authors);
        }

        [Fact]
        public void ACommunityPagesLabelOpensTheByline()
        {
            var s = Structure(Headline + "\n\nContributed by Ines Valcourt\nNovember 28, 2026" + Body);

            Assert.Equal(new[] { "Ines Valcourt" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- The author named by a label of several words. ---
        [Theory]
        [InlineData("Author of the article: Ailbe Morrow")]
        [InlineData("Article by Ailbe Morrow")]
        [InlineData("Review by Ailbe Morrow")]
        public void ALongerAuthorLabelStillOpensTheByline(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A site's user name on the line under a byline's label. ---
        [Theory]
        [InlineData("Article by\nwesthavenweb")]
        [InlineData("By\njane_roe")]
        public void AUserNameUnderTheLabelNamesNoOneAndLeavesTheBody(string byline)
        {
            var s = Structure(Headline + "\n\n" + byline + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- The page names its author only as the live blog's editor. ---
        [Theory]
        [InlineData("Edited by Orla Penhallow")]
        public void AnEditorsLabelNamesTheAuthorWhenNoBylineDoes(string line)
        {
            var s = Structure(Headline + "\n\nUpdated 12 minutes ago\n" + line + Body);

            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AnEditorUnderTheBylineIsNoAuthor()
        {
            var s = Structure(Headline + "\n\nBy Tadhg Merrion\nEdited by Orla Penhallow" + Body);

            Assert.Equal(new[] { "Tadhg Merrion" }, s.Authors);
        }

        [Fact]
        public void AMedicalReviewerIsNoAuthor()
        {
            var s = Structure(Headline + "\n\nMedically reviewed by Orla Penhallow" + Body);

            Assert.Empty(s.Authors);
        }

        [Theory]
        [InlineData("Rural Report / By Ailbe Morrow")]
        [InlineData("Opinion | By Ailbe Morrow")]
        public void ALabelledBylineAfterASectionsNameAndABarNamesTheAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }
    }
}
