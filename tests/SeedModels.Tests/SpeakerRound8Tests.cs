using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>Issue 10, eighth round: the shapes real news still got wrong, written with invented names and places.</summary>
    public class SpeakerRound8Tests
    {
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

        [Theory]
        [InlineData("The trouble with the plan, says Edwin Tolland, a historian at the museum, is that it was \u201Cnever costed\u201D at all.", "Edwin Tolland")]
        [InlineData("The real question, argues Petra Lund, is whether the pier \u201Cnever costed\u201D anything.", "Petra Lund")]
        [InlineData("Voters, said Sen. Nora Kell, were \u201Cnever costed\u201D a thing.", "Nora Kell")]
        public void AVerbOpeningAnAsideNamesTheSpeakerAfterIt(string sentence, string speaker)
        {
            // "The trouble, says Jo Bloggs, is that it was “…”": what stands before the aside is the sentence's subject,
            // not who speaks (the engine gave "The trouble with the plan").
            Assert.Equal(speaker, SpeakerOfQuote("never costed", "The council voted on Tuesday to rebuild the old pier.", sentence));
        }

        [Theory]
        [InlineData("Agnes Morrow of Benwick, North Dorset says the pier \u201Cwill bring the trade\u201D back.", "Agnes Morrow")]
        [InlineData("Tomas Varga, who lives on a farm outside the county town, Benwick, said the pier \u201Cwill bring the trade\u201D back.", "Tomas Varga")]
        public void APlaceAfterAPersonsTownOrRelativeClauseIsNoSpeaker(string sentence, string speaker)
        {
            // The region after a town with no comma of its own, or a town closing a relative clause, stood right before
            // the verb and was given as the speaker.
            Assert.Equal(speaker, SpeakerOfQuote("will bring", "The council voted on Tuesday to rebuild the old pier.", sentence));
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

        [Fact]
        public void APersonWhoseSentenceIntroducesTheQuoteWithAColonSpeaksIt()
        {
            // "Tom Varga issued the following statement:" then the quote alone: no speech verb, but the sentence's subject
            // introduces it (the engine gave the speaker of the quote before, Nora Kell).
            Assert.Equal("Tom Varga", SpeakerOfQuote("We will keep",
                "Nora Kell went on to say, \u201CThe pier will pay for itself.\u201D",
                "Tom Varga, the harbour master, issued the following statement:",
                "\u201CWe will keep the ferry running while the work goes on.\u201D"));
        }

        [Fact]
        public void ASentenceAboutAThingThatIntroducesAQuoteNamesNobody()
        {
            // "The notice on the pier gate reads:": the subject is no person, so the rule gives nobody of its own.
            Assert.Null(SpeakerOfQuote("Keep off",
                "The council voted on Tuesday to rebuild the old pier.",
                "The notice on the pier gate now reads:",
                "\u201CKeep off the works until the spring.\u201D"));
        }

        [Theory]
        [InlineData("Varga earlier quashed rumours by saying that \u201CI am going nowhere\u201D this year.")]
        [InlineData("Varga rather pointedly ended the meeting by saying \u201CI am going nowhere\u201D this year.")]
        public void AnAdverbEndingLikeAJobIsNoPartOfTheSubject(string sentence)
        {
            // "earlier" and "rather" end like job titles ("-er"): "Varga earlier" was read as a description, so nobody spoke.
            Assert.Equal("Tom Varga", SpeakerOfQuote("I am going nowhere", "Tom Varga has been hired as an adviser by the board.", sentence));
        }

        [Fact]
        public void AnAsideWithoutANameLeavesTheSubjectToSpeak()
        {
            // "…, says the report, …" has no name after the verb: the rule stays out of it, and the subject before the aside speaks.
            Assert.Equal("Tom Varga", SpeakerOfQuote("never costed", "The council voted on Tuesday to rebuild the old pier.",
                "Tom Varga, says the report, called the plan \u201Cnever costed\u201D at all."));
        }

        [Fact]
        public void ANameBeforeItsDescriptionStillSpeaksBeforeAVerbWithAnObject()
        {
            // "Jo Bloggs, the mayor, told Acme Radio": the subject stands before the verb; the name after it is its object.
            Assert.Equal("Nora Kell", SpeakerOfQuote("We will not",
                "\u201CWe will not pay it,\u201D Nora Kell, the mayor, told Benwick Radio."));
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
        [InlineData("Tom Varga and the Benwick Union work together.")]
        [InlineData("Tom Varga and Benwick Council work together.")]
        public void AFullNameBeforeAndIsAPersonWhateverFollows(string first)
        {
            // "Tom Varga and the Benwick Union": the run over "and the" held no person, so "he" found nobody.
            Assert.Equal("Tom Varga", SpeakerOfQuote("It is a false", first, "\u201CIt is a false economy,\u201D he said."));
        }

        [Theory]
        [InlineData("said Nora Kell, a historian at Benwick College.")]
        [InlineData("Nora Kell said.")]
        [InlineData("Nora Kell said on Tuesday.")]
        public void AnAttributionThatClosesALongSentenceReportsAllOfIt(string attribution)
        {
            // More than the usual reach of words between the quote and ", said Nora Kell.": the sentence is still hers.
            Assert.Equal("Nora Kell", SpeakerOfQuote("fix the harbour",
                "The vote is next week.",
                "The promise to \u201Cfix the harbour\u201D appeals to older voters who remember a time when the port was busy and the ferry ran every hour, " +
                attribution));
        }

        [Fact]
        public void ALongSentenceWhoseSpeechVerbHasAnObjectIsNotTakenWhole()
        {
            // ", Varga told the board, adding that …": the verb does not close the sentence, so the rule does not read it.
            Assert.Null(SpeakerOfQuote("fix the harbour",
                "The vote is next week.",
                "The promise to \u201Cfix the harbour\u201D appeals to older voters who remember a time when the port was busy and the ferry ran every hour, " +
                "and the board told the town that the levy was unfair."));
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
        [InlineData("a Marlow Republican")]
        [InlineData("an Eastfield Democrat")]
        public void APartyMemberFromAPlaceDescribesThePersonNamedBefore(string description)
        {
            // "Tom Varga, a Marlow Republican, said …": "he" later is Varga, not "Marlow Republican".
            Assert.Equal("Tom Varga", SpeakerOfQuote("You have to take",
                "The regatta ended on Monday.",
                "Tom Varga, " + description + ", said the levy was unfair.",
                "\u201CYou have to take a cynical view of the board,\u201D he said."));
        }

        [Theory]
        [InlineData(" and ")]
        [InlineData(" or ")]
        public void TwoQuotesJoinedByAConjunctionShareTheirSpeaker(string joint)
        {
            // "“…” and “…” appeals to …, said Nora Kell": the attribution after the second quote is the first one's too.
            Assert.Equal("Nora Kell", SpeakerOfQuote("fix the harbour",
                "The vote is next week.",
                "The promise to \u201Cfix the harbour\u201D" + joint + "\u201Cbring back the ferry\u201D appeals to older voters, said Nora Kell, a historian."));
        }

        [Fact]
        public void TwoQuotesWithWordsBetweenThemDoNotShare()
        {
            // "“…” was the old slogan; now …, said Nora Kell": words between the quotes make them two clauses.
            Assert.Null(SpeakerOfQuote("Fix the harbour",
                "The vote is next week.",
                "\u201CFix the harbour\u201D was once painted on every wall in town, and today the motto is \u201Cbring back the ferry,\u201D said Nora Kell."));
        }

        [Theory]
        [InlineData("Her campaign", "Nora Kell")]
        [InlineData("Her office", "Nora Kell")]
        public void AThingAPossessiveTiesToAPersonSpeaksForThatPerson(string subject, string expected)
        {
            // "Her campaign said …": the person "her" stands for, not the words "Her campaign".
            Assert.Equal(expected, SpeakerOfQuote("a false economy",
                "Nora Kell is running for mayor of Benwick.",
                subject + " called the levy \u201Ca false economy\u201D on Tuesday."));
        }

        [Theory]
        [InlineData("Her husband")]
        [InlineData("Her aide")]
        public void APersonAPossessiveTiesToSomeoneIsNotThatSomeone(string subject)
        {
            // "Her husband said …" is another person: never Nora Kell herself.
            Assert.NotEqual("Nora Kell", SpeakerOfQuote("a false economy",
                "Nora Kell is running for mayor of Benwick.",
                subject + " called the levy \u201Ca false economy\u201D on Tuesday."));
        }
    }
}
