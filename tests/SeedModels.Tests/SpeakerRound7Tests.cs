using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, seventh round: given names of both sexes, fact boxes, and speakers that broke the contract.</summary>
    public class SpeakerRound7Tests
    {
        [Theory]
        [InlineData("Billie")]
        [InlineData("Jordan")]
        [InlineData("Leslie")]
        public void AGivenNameOfBothSexesOpensTheFullNameAfterATitle(string given)
        {
            // "Former champion Billie Ann Holm": "Billie" is a given name, so the name is not cut to "Ann Holm".
            Assert.Equal(given + " Ann Holm", SpeakerOfQuote("The levy",
                "\u201CThe levy is a burden on every family,\u201D said Former Harbour Champion " + given + " Ann Holm."));
        }

        [Fact]
        public void ANameInAFactBoxDoesNotOutrankTheStorysSubject()
        {
            // The lines of a fact box end on no sentence mark; the man named in the last one is not who "he" is.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The harbour",
                "Tom Varga ran the Benwick ferry for twenty years.",
                "He is blunt about the state of the harbour board.",
                "Tom Varga in figures",
                "1998: Varga takes over the ferry",
                "3rd: Best-known skipper on the coast, behind Sam Pike and Rob Hale (Benwick Gazette)",
                "\u201CThe harbour needs dredging before winter,\u201D he says."));
        }

        [Fact]
        public void AComparisonBeforeTheSubjectNamesNoSpeaker()
        {
            // "Like Varga, Pike …" gave the speaker "Like Varga".
            Assert.Equal("Sam Pike", SpeakerOfQuote("room to move",
                "Tom Varga and Sam Pike sit on the harbour board.",
                "Like Varga, Pike also rejected the levy, arguing that there is \u201Croom to move\u201D in the rules."));
        }

        [Fact]
        public void ANameAfterAReportedThatIsNoSpeaker()
        {
            // "Lund said that Varga begged her … and “would have …”": Lund reports it; "that Varga" is no name.
            var speaker = SpeakerOfQuote("would have gone",
                "At the harbour rally, Kim Lund said that Varga begged her for support in 2012 and \u201Cwould have gone down on one knee\u201D to get it.");
            Assert.NotEqual("that Varga", speaker);
            Assert.False(speaker != null && speaker.StartsWith("that ", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("The so called \u201CHarbour Levy Plan\u201D was pushed by the board to fund the dredging.")]
        [InlineData("The authors of the \u201Charbour review\u201D wrote that the port was failing.")]
        public void ADescriptionCutOffAtAFunctionWordNamesNobody(string paragraph)
        {
            var speaker = SpeakerOfQuote(paragraph.Contains("Levy") ? "Harbour Levy" : "harbour review", paragraph);
            Assert.True(speaker == null || !speaker.EndsWith(" so", System.StringComparison.Ordinal) && !speaker.EndsWith(" the", System.StringComparison.Ordinal),
                speaker);
        }

        [Theory]
        [InlineData("The Lorena senator sought to calm his supporters, saying the heckler would \u201Cnot be thrown out\u201D of the hall.")]
        [InlineData("The Lorena senator told reporters he feels good about his campaign, and \u201Cnot be thrown out\u201D is his motto.")]
        public void APlaceBeforeARoleIsNoPersonTheRoleStandsFor(string sentence)
        {
            // "The Lorena senator …": a town that is also a given name, before a role, is where the senator is from; the
            // senator is the man named before.
            Assert.Equal("Tom Varga", SpeakerOfQuote("not be thrown", "Tom Varga toured the Benwick docks on Monday.", sentence));
        }

        [Theory]
        [InlineData("the 45-year-old said")]
        [InlineData("said the 45-year-old")]
        [InlineData("the 45-year-old mother said")]
        public void APersonDescribedByAgeIsThePersonIntroducedBefore(string attribution)
        {
            // "Anjali Rao, 45, … “…,” the 45-year-old said": news text names someone it has introduced by her age.
            Assert.Equal("Anjali Rao", SpeakerOfQuote("I pay more",
                "Anjali Rao, 45, who takes the ferry to work every day, said the rise was unfair.",
                "\u201CI pay more every year for a worse service,\u201D " + attribution + "."));
        }
    }
}
