using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, fourteenth round: speakers given by a pronoun or a description, written with invented names and places.</summary>
    public class SpeakerRound14Tests
    {
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
        public void ADescriptionNamesTheHolderOfTheOfficeWrittenBeforeTheName()
        {
            // "Harbour Judge Orla Quint ruled …; “…,” the judge said": the judge is the one whose office ends in "judge", not
            // the last man quoted.
            var paragraphs = new[]
            {
                "Harbour Judge Orla Quint ruled on Monday that the ferry union may see the board's files.",
                "\u201CThis is a victory for every ferry worker,\u201D said union president Kester Varga.",
                "\u201CThis case is about the right of the public to know,\u201D the judge said.",
            };
            Assert.Equal("Orla Quint", SpeakerOfQuote("This case is about", paragraphs));
        }
        [Fact]
        public void ANameAfterAnOpeningPhraseWithAPossessiveIsTheSubjectAPronounNamesLater()
        {
            // "In his statement on Saturday, Varga went further …": the possessive in the opening phrase looks ahead to Varga,
            // the main clause's subject, whom "he said" then names (the engine took the man named before, as Varga, whose
            // given name shows no gender, stood mid-sentence).
            var paragraphs = new[]
            {
                "Kester Varga and Tom Quill both spoke on Friday. Tom Quill, a union organiser, said the crews had been let down.",
                "In his statement on Saturday, Varga went further in trying to hold the board to account.",
                "\u201CThere are no excuses,\u201D he said. \u201CThe board knew about the leaks for a year.\u201D",
            };
            Assert.Equal("Kester Varga", SpeakerOfQuote("There are no excuses", paragraphs));
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
    }
}
