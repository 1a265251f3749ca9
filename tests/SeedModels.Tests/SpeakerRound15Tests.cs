using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, fifteenth round: descriptions of office holders, written with invented names and places.</summary>
    public class SpeakerRound15Tests
    {
        [Fact]
        public void TheBareOfficeNamesTheHolderOfTheBareTitleNotOfAQualifiedOne()
        {
            // "President Varga" (a bare title before the surname) holds the presidency; "Harbour Bank President Orla Quint" is
            // a bank's president. "the president said" is Varga's (the engine gave it to Quint, the only holder it recorded).
            var paragraphs = new[]
            {
                "Kester Varga has spent six years pushing the ferry deal.",
                "On a mild day in Dunmore, President Varga had reason to smile.",
                "\u201CThis deal is the best chance we have,\u201D Varga said after a round of golf with Harbour Bank President Orla Quint.",
                "The crossing will open in the spring.",
                "\u201CWe will not stop at one ferry,\u201D the president said on Sunday.",
            };
            Assert.Equal("Kester Varga", SpeakerOfQuote("We will not stop", paragraphs));
        }

        [Fact]
        public void ADescriptionWithAPlaceIsNotTheHolderDescribedWithAnotherPlace()
        {
            // "the Benwick senator" is not Quill, whom the article called the senator from Sallow: it is Pike, the Benwick
            // senator (the engine took either senator, and so the last man named).
            var paragraphs = new[]
            {
                "Maria Pike, the Benwick senator, spoke first at the harbour hearing on Tuesday.",
                "Tom Quill, the senator from Sallow, spoke after her about the ferry fares.",
                "\u201CThe fares are too high for the people who work here,\u201D the Benwick senator said.",
            };
            Assert.Equal("Maria Pike", SpeakerOfQuote("The fares are too high", paragraphs));
        }

        [Fact]
        public void TheVicePresidentAndThePresidentAreTwoOffices()
        {
            // "Vice President Jo Bloggs" is no president: "the president said" is Varga's, "the vice president said" Bloggs's.
            var paragraphs = new[]
            {
                "President Kester Varga and Vice President Jo Bloggs toured the harbour on Monday.",
                "\u201CThe harbour is the heart of this town,\u201D the president said.",
                "\u201CWe will rebuild the pier by June,\u201D the vice president said.",
            };
            Assert.Equal("Kester Varga", SpeakerOfQuote("The harbour is the heart", paragraphs));
            Assert.Equal("Jo Bloggs", SpeakerOfQuote("We will rebuild", paragraphs));
        }

        [Fact]
        public void APlaceBeforeAnAbbreviatedTitleTellsNoOtherOffice()
        {
            // "Benwick Sen. Tom Quill" is a senator as "Sen. Maria Pike" is: "the senator says" after Quill's own sentence stays
            // his, though Pike, named nearer, holds the bare title (a guard: a bank's officer holds another office, a place's
            // the same one).
            var paragraphs = new[]
            {
                "Benwick Sen. Tom Quill opened the harbour hearing on Tuesday.",
                "Sen. Maria Pike has asked for a vote on the ferry fares.",
                "Quill defends the board in a new advert: \u201CThe fares pay for the pier,\u201D the senator says.",
            };
            Assert.Equal("Tom Quill", SpeakerOfQuote("The fares pay", paragraphs));
        }

        [Fact]
        public void APronounThatOpensTheSentenceOfAPartialQuoteRefersBackFromWhereItStands()
        {
            // "He expected that … for a Governor Pike would be “…”": "he" is Varga, the subject before it, not Pike, a man named
            // between the pronoun and the quote (the engine resolved the pronoun from the quote).
            var paragraphs = new[]
            {
                "Kester Varga has advised Tom Pike since the spring.",
                "Varga said he would help Pike on the ferry question.",
                "He expected that the hardest task for a Governor Pike would be \u201Cdealing with the pier the board left behind.\u201D",
            };
            Assert.Equal("Kester Varga", SpeakerOfQuote("dealing with the pier", paragraphs));
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
    }
}
