using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Speakers;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    public class SpeakerAttributorTests
    {
        /// <summary>The speaker of the one quote <paramref name="quoted"/> in the last paragraph.</summary>
        private static string? SpeakerOf(string quoted, params string[] paragraphs)
        {
            var quote = Quote(paragraphs, paragraphs.Length - 1, quoted);
            return Assert.Single(SpeakerAttributor.Attribute(paragraphs, new[] { quote }));
        }

        [Theory]
        [InlineData("\u201CWe will win this,\u201D Jane Doe said.")]
        [InlineData("\u201CWe will win this,\u201D said Jane Doe.")]
        [InlineData("\u201CWe will win this,\u201D Jane Doe told reporters.")]
        [InlineData("\u201CWe will win this,\u201D Jane Doe, the mayor, said.")]
        [InlineData("\u201CWe will win this,\u201D added Jane Doe.")]
        public void SpeechVerbAfterTheQuote(string paragraph)
        {
            Assert.Equal("Jane Doe", SpeakerOf("We will win this,", paragraph));
        }

        [Theory]
        [InlineData("\"It was never about money,\" said Harding, who is a lawyer.", "Harding")]
        [InlineData("\"It was never about money,\" said Pickering, who is a lawyer.", "Pickering")]
        [InlineData("\"It was never about money,\" said Jo Pickering, who runs the trust.", "Jo Pickering")]
        public void ANameEndingInIngBeforeARelativeClauseIsTheSpeaker(string paragraph, string speaker)
        {
            // A one-word name that looks like a participle ("Pickering,") followed only by a relative clause once
            // left no segment to read and threw (issue 9, repro 1).
            Assert.Equal(speaker, SpeakerOf("It was never about money,", "The hall reopened on Friday.", paragraph));
        }

        [Fact]
        public void AskedAfterAQuestion()
        {
            Assert.Equal("Jane Doe", SpeakerOf("Why has it taken so long?", "\u201CWhy has it taken so long?\u201D asked Jane Doe."));
        }

        [Theory]
        [InlineData("Jane Doe said: \u201CWe will win this.\u201D")]
        [InlineData("Jane Doe tweeted: \u201CWe will win this.\u201D")]
        [InlineData("Jane Doe told the Gazette: \u201CWe will win this.\u201D")]
        [InlineData("Mayor Jane Doe wrote in a letter to residents: \u201CWe will win this.\u201D")]
        public void SpeechVerbAndColonBeforeTheQuote(string paragraph)
        {
            Assert.Equal("Jane Doe", SpeakerOf("We will win this.", paragraph));
        }

        [Fact]
        public void SpeechVerbBeforeAPartialQuote()
        {
            Assert.Equal("Jane Doe", SpeakerOf("disappointing", "Jane Doe said the result was \u201Cdisappointing\u201D."));
        }

        [Theory]
        [InlineData("\u201CWe will win this,\u201D she said.", "We will win this,")]
        [InlineData("She said: \u201CWe will win this.\u201D", "We will win this.")]
        [InlineData("\u201CWe will win this,\u201D she tweeted.", "We will win this,")]
        public void PronounsResolveToTheLastNamedPerson(string paragraph, string quoted)
        {
            Assert.Equal("Jane Doe", SpeakerOf(quoted, "Tom Reyes, the treasurer, read the accounts on Monday.", "Mayor Jane Doe thanked him.", paragraph));
        }

        [Theory]
        [InlineData("Mayor")]
        [InlineData("Beekeeper")]
        public void RoleWordsBeforeANameAreNotPartOfIt(string role)
        {
            Assert.Equal("Jane Doe", SpeakerOf("We will win this.", role + " Jane Doe said: \u201CWe will win this.\u201D"));
        }

        [Theory]
        [InlineData("Mr Burke")]
        [InlineData("Ms Burke")]
        [InlineData("Burke")]
        public void ShortFormsResolveToTheFullNameUsedEarlier(string shortForm)
        {
            Assert.Equal("Timothy Burke", SpeakerOf("It was shocking,", "Reporter Timothy Burke posted the video on Monday.", "\u201CIt was shocking,\u201D " + shortForm + " said."));
        }

        [Fact]
        public void AcronymExpandsToTheOrganisationNamedEarlier()
        {
            Assert.Equal(
                "Austin Police Department",
                SpeakerOf("Officers responded within minutes,", "The Austin Police Department sent officers to the scene.", "\u201COfficers responded within minutes,\u201D an APD statement read."));
        }

        [Fact]
        public void StatementReadNamesItsOwner()
        {
            Assert.Equal("Harbour Trust", SpeakerOf("We are reviewing the footage,", "\u201CWe are reviewing the footage,\u201D a Harbour Trust statement read."));
        }

        [Theory]
        [InlineData("The plan was branded \u201Ca false economy\u201D by Reuben Marsh.")]
        [InlineData("The plan was branded \u201Ca false economy\u201D by opposition councillor Reuben Marsh, who spoke last.")]
        public void BrandedByNamesTheSpeaker(string paragraph)
        {
            Assert.Equal("Reuben Marsh", SpeakerOf("a false economy", paragraph));
        }

        [Fact]
        public void AccordingToNamesTheSpeaker()
        {
            Assert.Equal("Food Standards Council", SpeakerOf("a risk of choking", "The toys pose \u201Ca risk of choking\u201D, according to the Food Standards Council."));
        }

        [Fact]
        public void SayingTakesTheSubjectOfTheSentence()
        {
            Assert.Equal("Brightwell Foods", SpeakerOf("customers should not eat it", "Brightwell Foods issued a warning, saying \u201Ccustomers should not eat it\u201D."));
        }

        [Theory]
        [InlineData("\u201CWe are investigating,\u201D the Austin Police Department said.", "Austin Police Department")]
        [InlineData("\u201CWe are investigating,\u201D a council spokeswoman said.", "a council spokeswoman")]
        public void OrganisationsAndDescriptionsAreSpeakers(string paragraph, string speaker)
        {
            Assert.Equal(speaker, SpeakerOf("We are investigating,", paragraph));
        }

        [Fact]
        public void PossessiveDescriptionIsTheSpeaker()
        {
            Assert.Equal(
                "Dockside\u2019s fire chief",
                SpeakerOf("toxic fumes", "Dockside\u2019s fire chief said crews had faced \u201Ctoxic fumes\u201D inside."));
        }

        [Fact]
        public void AParagraphThatIsOnlyAQuoteContinuesThePreviousSpeaker()
        {
            var paragraphs = new[] { "\u201CWe will win this,\u201D Jane Doe said.", "\u201CNobody thought we could do it. Now look at us.\u201D" };
            var quotes = new[] { Quote(paragraphs, 0, "We will win this,"), Quote(paragraphs, 1, "Nobody thought we could do it. Now look at us.") };

            Assert.Equal(new[] { "Jane Doe", "Jane Doe" }, SpeakerAttributor.Attribute(paragraphs, quotes));
        }

        [Fact]
        public void AMultiParagraphQuoteHasOneSpeaker()
        {
            var paragraphs = new[] { "Jane Doe wrote: \u201CWe came here with nothing.", "\u201CAnd we will not leave.\u201D" };

            Assert.Equal(new[] { "Jane Doe" }, SpeakerAttributor.Attribute(paragraphs, new[] { MultiParagraphQuote(paragraphs, 0, 1, "And we will not leave.") }));
        }

        [Fact]
        public void AScareQuoteNamingNobodyHasNoSpeaker()
        {
            Assert.Null(SpeakerOf("hundred-year flood", "The river burst its banks in a so-called \u201Chundred-year flood\u201D on Monday."));
        }

        [Fact]
        public void NamesInsideAQuoteAreNotSpeakers()
        {
            var paragraphs = new[] { "The meeting was quiet.", "\u201CJohn Smith never came back,\u201D she said." };

            Assert.NotEqual("John Smith", SpeakerAttributor.Attribute(paragraphs, new ScannedQuote[] { Quote(paragraphs, 1, "John Smith never came back,") })[0]);
        }

        [Theory]
        [InlineData("Health Minister Aroha Ngata's")]
        [InlineData("the Players' Association")]
        [InlineData("Dr. J. K. Rowling")]
        [InlineData("Mr Doe.")]
        public void AJoinedPhrasesLengthIsKnownWithoutJoiningIt(string text)
        {
            var words = SeedModels.Extraction.Text.Words.Split(text);
            for (var start = 0; start < words.Count; start++)
            {
                for (var end = start; end <= words.Count; end++)
                {
                    Assert.Equal(SpeakerPhrase.Join(words, start, end).Length, SpeakerPhrase.JoinLength(words, start, end));
                }
            }
        }
    }
}
