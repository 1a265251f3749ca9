using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11: a caption of two or three sentences set with its unlabelled credit in a block of their own, the credit on
    /// the very next line (<c>… The new one will be larger.</c> / <c>Jane Roe/The Courier</c>). The caption stayed in the
    /// body as a paragraph. Invented names, places and outlets.
    /// </summary>
    public class CaptionOverCreditTests
    {
        private const string Caption = "Skaters at the temporary park behind the arena in August. The township says the new park will be three times larger.";

        [Theory]
        [InlineData("Ailbe Morrow/The Westhaven Courier")]
        [InlineData("Ailbe Morrow/Reuters")]
        public void ATwoSentenceCaptionOverItsCreditIsACaption(string credit)
        {
            var s = Structure(Headline + Body + "\n\n" + Caption + "\n" + credit + "\n\nThe park will open in the autumn, the township said in a statement on Monday.");

            var caption = Assert.Single(s.Captions);
            Assert.Equal(Caption, caption.Text);
            Assert.Equal(credit, caption.Credit);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Skaters at the temporary park"));
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Fact]
        public void AParagraphSetApartFromACreditIsNoCaption()
        {
            // A blank line between the paragraph and the credit: the paragraph is the story's.
            var s = Structure(Headline + Body + "\n\n" + Caption + "\n\nAilbe Morrow/The Westhaven Courier\n\nThe park will open in the autumn, the township said.");

            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("Skaters at the temporary park"));
        }

        [Fact]
        public void AParagraphThatQuotesSomeoneOverACreditIsNoCaption()
        {
            var quoted = "Skaters at the temporary park were pleased. \"It will be three times larger,\" the township said.";
            var s = Structure(Headline + Body + "\n\n" + quoted + "\nAilbe Morrow/The Westhaven Courier\n\nThe park will open in the autumn, the township said.");

            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("Skaters at the temporary park"));
        }

        [Fact]
        public void ALongerParagraphOverACreditInAPageWithNoBlankLinesIsNoCaption()
        {
            // Every line of the page in one block: the credit's neighbours are not a block of their own.
            var s = Structure(Headline + "\n\nThe Kestrel Point ferry carried its first passengers of the season on Saturday after a winter in the repair yard at Dunmore.\n" +
                              Caption + "\nAilbe Morrow/The Westhaven Courier\nThe harbour board said the crossing would run every hour until the end of October.");

            Assert.DoesNotContain(s.Captions, c => c.Text == Caption);
        }
    }
}
