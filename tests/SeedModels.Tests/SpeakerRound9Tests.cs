using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, ninth round: pronouns and descriptions real news still resolved wrongly, written with invented names and places.</summary>
    public class SpeakerRound9Tests
    {
        [Theory]
        [InlineData("Nora A. Kell")]
        [InlineData("Nora I. Kell")]
        public void AMiddleInitialThatSpellsAWordIsStillAnInitial(string name)
        {
            // "Nora A. Kell, a lawyer, …": the initial "A." was read as the article, so the name was no person and "she" went
            // to the last capitalised words before it (a bill's name).
            Assert.Equal(name, SpeakerOfQuote("There can be no",
                "The Harbour Bill 12 was passed by the council on Monday.",
                name + ", a Benwick lawyer who fought the bill, spoke at the hearing. \u201CThere can be no second-class ferry,\u201D she told the court."));
        }
    }
}
