using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Names near the quote that do not speak it: a name after a preposition, an object of the verb, a name before a
    /// role and another name, a name in a fact box or after "reported that"; the name that opens the sentence, or
    /// follows a sentence ending inside a quote, does.
    /// </summary>
    public class WrongNameCandidateTests
    {
        [Fact]
        public void ANameAfterASentenceThatEndsInsideAQuoteOpensTheNextSentence()
        {
            // "…“hasty.” Rob Hale, …, warned": Hale is the subject the next "he" refers to, not Varga, only named as an object.
            Assert.Equal("Rob Hale", SpeakerOfQuote("The stakes",
                "Tom Varga runs the ferry in Benwick.",
                "Varga called the trust's decision \u201Chasty.\u201D Rob Hale, a senior harbour engineer, warned on Saturday that the move against Varga could damage the pier.",
                "\u201CThe stakes are higher than the fight of the day,\u201D he wrote in a letter."));
        }

        [Theory]
        [InlineData("managing director")]
        [InlineData("acting mayor")]
        public void AParticipleBeforeAJobIsPartOfTheJobNotAnAsideBeforeTheName(string job)
        {
            // "seen by the Benwick Tribune, managing director Tom Varga said": "managing" opens no aside, so the paper the
            // opening phrase names is not the one who said it.
            Assert.Equal("Tom Varga", SpeakerOfQuote("We are not ready",
                "In a note seen by The Benwick Tribune, " + job + " Tom Varga said: \u201CWe are not ready to value it fairly at this point.\u201D"));
        }

        [Fact]
        public void ANameBeforeARoleAndAnotherNameIsNotTheSubject()
        {
            // "Varga adviser Dan Orrin": the sentence is about the adviser; "he" is Orrin.
            Assert.Equal("Dan Orrin", SpeakerOfQuote("The pilots",
                "Tom Varga runs the ferry in Benwick.",
                "Varga adviser Dan Orrin, the best-known harbour pilot, picked up a similar thread at the time. \u201CThe pilots are beginning to see it,\u201D he said."));
        }

        [Fact]
        public void ANameThatOpensTheSentenceWithoutARoleAfterItIsStillTheSubject()
        {
            // No role between the names: Varga is the subject, the one "he" refers to.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The pilots",
                "Tom Varga runs the ferry in Benwick.",
                "Varga met Dan Orrin, the best-known harbour pilot, at the time. \u201CThe pilots are beginning to see it,\u201D he said."));
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
        public void ANameAfterAReportedThatIsNoSpeaker()
        {
            // "Lund said that Varga begged her … and “would have …”": Lund reports it; "that Varga" is no name.
            var speaker = SpeakerOfQuote("would have gone",
                "At the harbour rally, Kim Lund said that Varga begged her for support in 2012 and \u201Cwould have gone down on one knee\u201D to get it.");
            Assert.NotEqual("that Varga", speaker);
            Assert.False(speaker != null && speaker.StartsWith("that ", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("The levy marks \u201Cthe end of the ferry\u201D for the Union, said Nora Kell, a researcher at the institute.")]
        [InlineData("The board has used \u201Csoft words\u201D in its dealings with Sallow Vale, said Nora Kell, a researcher at the institute.")]
        [InlineData("The levy is \u201Ca hard sell\u201D in talks with Acme Shipping, says Nora Kell.")]
        public void ANameAfterAPrepositionBeforeSaidIsNoSubject(string sentence)
        {
            // "“…” for the Union, said Nora Kell": the name inside the preposition's phrase is its object; the speaker
            // follows the verb.
            Assert.Equal("Nora Kell", SpeakerOfQuote(sentence.Contains("end of") ? "the end" : sentence.Contains("soft") ? "soft words" : "a hard sell",
                "The harbour board met on Monday.", sentence));
        }

        [Fact]
        public void ANameBeforeItsDescriptionStillSpeaksBeforeAVerbWithAnObject()
        {
            // "Jo Bloggs, the mayor, told Acme Radio": the subject stands before the verb; the name after it is its object.
            Assert.Equal("Nora Kell", SpeakerOfQuote("We will not",
                "\u201CWe will not pay it,\u201D Nora Kell, the mayor, told Benwick Radio."));
        }

        [Theory]
        [InlineData("Nora Kell, who grew up in the Sallow Valley, warned the council on Monday.")]
        [InlineData("Nora Kell, a researcher at the Harbour Lantern, says the levy will hurt.")]
        public void ANameAfterAPrepositionAndItsArticleIsNoSubject(string sentence)
        {
            // "in the Middle East, warned", "at the Brookings Institution, says": the words right before the verb are the
            // object of a preposition, not a person; "she" was given to them.
            Assert.Equal("Nora Kell", SpeakerOfQuote("It will cost", "The council met on Monday.", sentence,
                "\u201CIt will cost us the ferry,\u201D she said."));
        }
    }
}
