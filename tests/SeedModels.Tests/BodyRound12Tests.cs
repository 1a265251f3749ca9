using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 12: body shapes seen on pages from publishers in no corpus (story text taken for furniture or a
    /// caption, link lists under a heading at the page's end, captions whose credit stands apart). Every page here is
    /// invented: its town, paper and people exist nowhere.
    /// </summary>
    public class BodyRound12Tests
    {
        private const string Top = "Quarrendon hall reopens after repairs\n\nThe village hall in Quarrendon reopened on Saturday after a year of repairs to its roof and kitchen. About two hundred people came to the opening.\n\n";

        private static string Body(ArticleStructure s) => string.Join("\n", s.Paragraphs.Select(p => p.Text));

        // A sentence of the story that opens the way a staff credit does (category L: body text lost).
        [Theory]
        [InlineData("Produced by the parish council and the Westmoor trust, with help from volunteers, the new guide explains how the hall can be booked and what it costs.")]
        [InlineData("Edited by two retired teachers from the village, the history of the hall runs to ninety pages and goes on sale at the post office next month.")]
        public void ASentenceOpeningLikeAStaffCreditStaysTheStorys(string sentence)
        {
            var s = Structure(Top + sentence + "\n\nThe hall committee will meet again in March.");

            Assert.Contains(sentence, Body(s));
        }

        [Theory]
        [InlineData("Produced by Tamsin Orrell and Joel Baverstock")]
        [InlineData("Edited by Ruth Calloway.")]
        public void AStaffCreditStillLeaves(string credit)
        {
            var s = Structure(Top + "The hall committee will meet again in March.\n\n" + credit);

            Assert.DoesNotContain(credit, Body(s));
        }
    }
}
