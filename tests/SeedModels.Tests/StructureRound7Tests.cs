using System;
using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 7, found by probing the engine with articles written for the purpose (invented names, places and
    /// publications): story sentences opening with a name and a preposition that were taken for captions, and header and
    /// body shapes the earlier rounds left.
    /// </summary>
    public class StructureRound7Tests
    {
        private const string Top = "Brackenford closes old library after roof survey\n\nBy Jane Holloway\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams. The vote was unanimous.\n\n";
        private const string End = "\n\nA temporary library will open in the community centre next week, with shorter hours. The council will publish the findings in the summer.";

        [Theory]
        [InlineData("Jane Roe at the time opposed the plan.")]
        [InlineData("Mayor Tom Hale in 2019 won a second term.")]
        [InlineData("Ana Lind at first refused to leave.")]
        [InlineData("Ben Ortiz with his brother founded the shop in 1998.")]
        [InlineData("Carla Munt at the hearing was calm.")]
        [InlineData("Dev Patel in his first year doubled the budget.")]
        [InlineData("Omar Field at the start of the season had a knee injury.")]
        [InlineData("Hal Brenner at one point threatened to resign.")]
        [InlineData("Tom Quill at the meeting will present the report.")]
        [InlineData("Greta Holm in those years ran a small bakery.")]
        [InlineData("Paul Wren at the age of 12 moved to Stenby.")]
        public void AStorySentenceOpeningWithANameAndAPrepositionStaysInTheBody(string sentence)
        {
            var s = Structure(Top + sentence + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }

        [Theory]
        [InlineData("Ada Penrose at the front desk on Tuesday.")]
        [InlineData("Ben Ortiz with his brother at the shop in 1998.")]
        [InlineData("Carla Munt in her garden in Tolvey last summer.")]
        [InlineData("Dev Patel at the newly renovated library in Oakvale.")]
        [InlineData("Omar Field with his dog, Biscuit, at the harbour.")]
        [InlineData("Nina Sorrel at the opening of the flooded museum.")]
        [InlineData("Lia Brant with her daughters at the rebuilt school.")]
        [InlineData("Greta Holm in front of the town hall this week.")]
        [InlineData("Ivo Marsh at work in the restored mill.")]
        [InlineData("Mayor Tom Hale at the ribbon cutting on Main Street.")]
        public void ALinePlacingSomeoneWithoutAVerbIsACaption(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (line, (string?)null) }, s.Captions);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
        }
    }
}
