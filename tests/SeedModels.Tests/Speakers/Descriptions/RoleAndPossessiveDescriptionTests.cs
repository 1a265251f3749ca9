using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// A description standing for a person ("the former mayor", "Pike's campaign manager", a person described by age)
    /// names the one the article introduced so; a possessive description of another owner, a description cut off at a
    /// function word or a role before a comma ending no noun phrase names nobody else.
    /// </summary>
    public class RoleAndPossessiveDescriptionTests
    {
        [Fact]
        public void ADescriptionOpenedByAPossessiveIsNoNameAfterTheSubject()
        {
            // "Varga, Benwick's sitting mayor,": the owner of the description is a place, not the one who speaks.
            Assert.Equal("Tom Varga", SpeakerOfQuote("a talented man",
                "Tom Varga runs the ferry in Benwick.",
                "Varga, Benwick's sitting mayor, repeated his charge that Pike recites the same lines, calling him \u201Ca talented man\u201D at the meeting."));
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

        [Theory]
        [InlineData("the former mayor")]
        [InlineData("the former secretary of transport")]
        public void ADescriptionNamesThePersonTheArticleIntroducedByThatRole(string description)
        {
            // "Maria Pike, the former mayor, …": a later "the former mayor talked about “…”" is hers, though another man spoke
            // in between (the engine gave the quote to the last speaker, or, past a preposition, to nobody).
            var paragraphs = new[]
            {
                "Maria Pike, " + description + ", spoke in Dunmore on Tuesday. Kester Varga spoke after her.",
                "\u201CThe fares are too high for people who work here,\u201D Varga said.",
                "It was a stark contrast to Pike. Reprising one of her favourite lines, " + description +
                " talked about keeping the \u201Cferry we had under the old board\u201D for another year.",
            };
            Assert.Equal("Maria Pike", SpeakerOfQuote("ferry we had", paragraphs));
        }

        [Fact]
        public void APossessiveDescriptionNamesThePersonIntroducedAsThat()
        {
            // "When Kester Varga, Pike's campaign manager was asked …, he laughed and said" and "Pike's campaign manager said":
            // both are Varga, whom the article introduced so (the engine gave both quotes the description itself).
            var paragraphs = new[]
            {
                "Maria Pike has spent the week touring the islands.",
                "When Kester Varga, Pike\u2019s campaign manager was asked at a lunch whether Pike would debate again, he laughed and said, \u201CWe\u2019ll see what the week brings.\u201D",
                "The harbour board meets on Friday.",
                "On Friday, Pike\u2019s campaign manager said the debate \u201Cwould go ahead as planned.\u201D",
            };
            Assert.Equal("Kester Varga", SpeakerOfQuote("We\u2019ll see", paragraphs));
            Assert.Equal("Kester Varga", SpeakerOfQuote("would go ahead", paragraphs));
        }

        [Fact]
        public void APossessiveDescriptionOfAnotherOwnerIsNotThePersonIntroduced()
        {
            // Varga is Pike's campaign manager, not Quill's: "Quill's campaign manager said" is someone else.
            var paragraphs = new[]
            {
                "Kester Varga, Pike\u2019s campaign manager, spoke in Dunmore on Tuesday.",
                "Quill\u2019s campaign manager said the debate \u201Cwould go ahead as planned.\u201D",
            };
            Assert.NotEqual("Kester Varga", SpeakerOfQuote("would go ahead", paragraphs));
        }

        [Fact]
        public void ARoleBeforeACommaThatEndsNoNounPhraseIsNotTheNextNamesRole()
        {
            // "who is fit to be mayor, Maria Pike on Monday …": Pike is not the mayor, so "the former mayor said" is Varga, the
            // subject of the quote's paragraph (the engine gave it to Pike as the only "mayor").
            var paragraphs = new[]
            {
                "After a week of arguing over who is fit to be mayor, Maria Pike on Monday turned on Tom Quill.",
                "Kester Varga joined in at a rally on the pier. \u201CQuill is running against the old board more than against the harbour,\u201D the former mayor said.",
            };
            Assert.Equal("Kester Varga", SpeakerOfQuote("Quill is running", paragraphs));
        }

        [Theory]
        [InlineData("A trader at a grain company in Port Veldra, who asked not to be named, said buyers were holding back.", "the trader")]
        [InlineData("A senior official of the harbour authority, speaking on condition of anonymity, said the survey was late.", "the official")]
        public void SomeoneBroughtInUnnamedIsNotTheLastPersonNamed(string introduction, string description)
        {
            // "A trader …, who asked not to be named, … “…,” the trader said.": someone new the article never names, not the farmer
            // named a paragraph before (the description stays, as the article gives no name).
            var speaker = SpeakerOfQuote("Everyone is short",
                "Farmer Imre Kalnins said his wells had dried up in March.",
                introduction,
                "\u201CEveryone is short this year,\u201D " + description + " said.");

            Assert.Equal(description, speaker);
        }

        [Theory]
        [InlineData("Imre Kalnins, a trader at a grain company in Port Veldra, said buyers were holding back.")]
        [InlineData("Imre Kalnins became a trader at a grain company in Port Veldra after the war.")]
        [InlineData("A trader at a grain company, Imre Kalnins, said buyers were holding back.")]
        public void ATraderNamedBesideTheWordsIsThePersonNamed(string introduction)
        {
            // An apposition, a verb of being or a name set beside the noun names the trader.
            var speaker = SpeakerOfQuote("Everyone is short",
                "Farmers in the valley said their wells had dried up in March.",
                introduction,
                "\u201CEveryone is short this year,\u201D the trader said.");

            Assert.Equal("Imre Kalnins", speaker);
        }
    }
}
