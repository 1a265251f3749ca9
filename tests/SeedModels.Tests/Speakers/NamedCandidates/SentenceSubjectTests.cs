using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Which name is the sentence's subject, the one who speaks: not one inside an opening phrase of time, a
    /// participle, a relative clause, a comparison or an opening clause ending in a place, nor an adverb ending like a
    /// job, and a conjunction such as "Now" opens no clause.
    /// </summary>
    public class SentenceSubjectTests
    {
        [Fact]
        public void AComparisonBeforeTheSubjectNamesNoSpeaker()
        {
            // "Like Varga, Pike …" gave the speaker "Like Varga".
            Assert.Equal("Sam Pike", SpeakerOfQuote("room to move",
                "Tom Varga and Sam Pike sit on the harbour board.",
                "Like Varga, Pike also rejected the levy, arguing that there is \u201Croom to move\u201D in the rules."));
        }

        [Fact]
        public void APersonAfterAnOpeningClauseThatEndsInAPlaceStillSpeaks()
        {
            // "Jane Ridge campaigned in Kest, Ebo Mensah said": the stretch before the comma is a clause, not a
            // person and her town, so the words after it are the subject, whatever the given-name lists know of them.
            Assert.Equal("Ebo Mensah", SpeakerOfQuote("will bring", "The council voted on Tuesday to rebuild the old pier.",
                "Jane Ridge campaigned in Kest, Ebo Mensah said, and the pier \u201Cwill bring the trade\u201D back."));
        }

        [Theory]
        [InlineData("Reached by the Gazette, Varga denied that a change was coming, explaining that he was \u201Csimply unaware\u201D of it.", "Tom Varga")]
        [InlineData("Contacted on Monday, Varga dismissed the report as \u201Csimply unaware\u201D nonsense.", "Tom Varga")]
        [InlineData("Horrified at the prospect, Varga believes the board is \u201Csimply unaware\u201D of the cost.", "Tom Varga")]
        public void APastParticipleOpeningTheSentenceIsNoSubject(string sentence, string speaker)
        {
            // "Reached by the Gazette, Varga denied …": the participle and its preposition open a clause of their own
            // (the engine gave "Reached", or nobody).
            Assert.Equal(speaker, SpeakerOfQuote("simply unaware", "Tom Varga runs the ferry company.", sentence));
        }

        [Theory]
        [InlineData("Varga earlier quashed rumours by saying that \u201CI am going nowhere\u201D this year.")]
        [InlineData("Varga rather pointedly ended the meeting by saying \u201CI am going nowhere\u201D this year.")]
        public void AnAdverbEndingLikeAJobIsNoPartOfTheSubject(string sentence)
        {
            // "earlier" and "rather" end like job titles ("-er"): "Varga earlier" was read as a description, so nobody spoke.
            Assert.Equal("Tom Varga", SpeakerOfQuote("I am going nowhere", "Tom Varga has been hired as an adviser by the board.", sentence));
        }

        [Theory]
        [InlineData("Hours later")]
        [InlineData("Two weeks ago")]
        [InlineData("A day earlier")]
        public void AnOpeningPhraseOfTimeIsNoSubject(string opening)
        {
            // "Hours later, Varga returned the compliment, telling the Gazette, “…”": the subject follows the time phrase.
            Assert.Equal("Tom Varga", SpeakerOfQuote("Nora and I",
                "Tom Varga met Nora Kell in Marlow.",
                opening + ", Varga returned the compliment to Kell, telling the Gazette, \u201CNora and I have been friends for a long time.\u201D"));
        }

        [Fact]
        public void ARelativeClauseInsideTheOpeningClauseIsNoSubject()
        {
            // "Speaking in Marlow, which hosts the regatta, Varga referred to Pike as “…”": the relative clause still belongs
            // to the opening; the main clause's subject is Varga.
            Assert.Equal("Tom Varga", SpeakerOfQuote("a decent",
                "Tom Varga and Sam Pike are rivals.",
                "Speaking to Benwick Radio on Monday in Marlow, which is set to host the regatta next month, Varga referred to Pike as \u201Ca decent, careful leader\u201D at the end."));
        }

        [Theory]
        [InlineData("Now Tom Varga, the most unusual mayor in years, is promising to stage \u201Ca big show\u201D on the pier.")]
        [InlineData("But Tom Varga would not comment on a plan signed by the board \u201Cto stage a big show\u201D on the pier.")]
        public void AConjunctionOpeningTheSentenceIsNoClause(string sentence)
        {
            // "Now Tom Varga, the mayor, is promising “…”": "Now" opens no clause; the comma after the name ends no opening.
            // Only before a given name or a title: a bare capitalised word after "But" may open a clause of its own.
            Assert.Equal("Tom Varga", SpeakerOfQuote(sentence.StartsWith("Now", System.StringComparison.Ordinal) ? "a big show" : "to stage",
                "Tom Varga spoke at the pier.", sentence));
        }

        [Theory]
        [InlineData("One of our early investors")]
        [InlineData("One of the company's directors")]
        public void ANameSetOffAfterOneOfAGroupIsTheSentencesSubject(string group)
        {
            // The plural job was no role before the name, so "he" went back to the person named in the paragraph before.
            Assert.Equal("Farhan Mehta", SpeakerOfQuote("You are running",
                "My co-founder Siddhant Okafor turned off the ovens.",
                group + ", Farhan Mehta, put it to us plainly. \u201CYou are running a restaurant for restaurants,\u201D he said."));
        }
    }
}
