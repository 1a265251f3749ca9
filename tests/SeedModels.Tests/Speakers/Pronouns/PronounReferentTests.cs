using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Whom a pronoun ("he", "she") stands for: the subject of the sentence or the fullest name of the right gender
    /// nearest before it, linked through a full name after a preposition or a quoted surname, never a country, a place
    /// or a paper named like a person.
    /// </summary>
    public class PronounReferentTests
    {
        [Fact]
        public void ANameGivenOnlyAfterAnOfficeIsAPersonHeMayStandFor()
        {
            // "President Marlow" is never written in full: the office says a person bears the name, so "Marlow departs …" and
            // then "he warned" is Marlow, not the adviser quoted in between.
            Assert.Equal("Marlow", SpeakerOfQuote("It is not going",
                "President Marlow has endured criticism for telling the islanders to stay in the union.",
                "In a statement, her senior adviser, Jack Morton, said: \u201CAda Fenwick believes cooperation is essential.\u201D",
                "Marlow departs the island for the mainland today, where he will be greeted by protesters.",
                "Conceding that a deal was likely in time, he warned: \u201CIt is not going to happen any time soon.\u201D"));
        }

        [Fact]
        public void AnObjectPronounAfterASubjectTellsNothingOfTheSubjectsGender()
        {
            // "Marlow backed her up": "her" is the one backed, not Marlow, who stays whom the next "he" stands for (not the man
            // named in the paragraph before).
            Assert.Equal("Marlow", SpeakerOfQuote("I do not think",
                "But Mr. Varga painted a different picture on Tuesday.",
                "Ada Fenwick has always said the server was secure. President Marlow backed her up in an interview. \u201CI do not think it posed a problem,\u201D he said."));
        }

        [Fact]
        public void AClauseOpenerAfterAColonIsNoPartOfTheNameAfterIt()
        {
            // "notable: Until Mr. Varga spoke": "Until" opens the clause, as it would a sentence; the speaker is "Mr. Varga".
            Assert.Equal("Mr. Varga", SpeakerOfQuote("I do not think",
                "Mr. Varga painted a different picture on Tuesday.",
                "But that was notable: Until Mr. Varga spoke, the campaign had said the server was never hacked. \u201CI do not think it posed a problem,\u201D he said."));
        }

        [Fact]
        public void AOneWordNameAfterAnOfficeStandsForTheFullNameTheArticleGave()
        {
            // "Police Chief Ana Ruiz-Lind", then "Chief Ruiz-Lind said": the speaker is the fullest name.
            Assert.Equal("Ana Ruiz-Lind", SpeakerOfQuote("What I saw",
                "Two officers were placed on leave, Police Chief Ana Ruiz-Lind announced on Wednesday.",
                "\u201CWhat I saw is not who we are,\u201D Chief Ruiz-Lind said at a news conference."));
        }

        [Fact]
        public void SheNeverStandsForACountryNamedLikeAPerson()
        {
            // "the United States", "the Western Pacific": capitalised words, but places; "she" is the senator.
            Assert.Equal("Ana Lind", SpeakerOfQuote("This raises",
                "Senator Ana Lind said hackers had attacked the harbour board.",
                "\u201CWe know who did this,\u201D Lind said.",
                "The United States would not accept such an attack from any other country, she said.",
                "\u201CThis raises serious questions about the board's systems,\u201D she said."));
        }

        [Fact]
        public void AFullNameAfterAPrepositionLinksTheSurnameAPronounStandsFor()
        {
            // "the record of Tom Varga" names him once, after a preposition; "Varga blamed …" then "he wrote" is Varga,
            // not the woman named as a subject earlier.
            Assert.Equal("Tom Varga", SpeakerOfQuote("The council",
                "Ana Lind spent Monday criticising the record of Tom Varga at the harbour.",
                "Varga blamed local officials on Friday. \u201CThe council made all the wrong moves,\u201D he wrote."));
        }

        [Fact]
        public void APlaceOpenedByACompassWordOrNewIsNeverTheOneSheStandsFor()
        {
            // "New Hampshire" has the shape of a name; a state opening a sentence is no woman.
            Assert.Equal("Ana Lind", SpeakerOfQuote("I\u2019m going",
                "Ana Lind chairs the harbour board.", "New Hampshire has voted twice on the levy.",
                "\u201CI\u2019m going to be focusing on my campaign,\u201D she said."));
        }

        [Fact]
        public void AFullNameOfTheRightGenderInALaterParagraphIsNearerThanAnOlderSubject()
        {
            // "she" is the woman named in the paragraph before, not the subject of the one before that.
            Assert.Equal("Mara Holm", SpeakerOfQuote("I will not",
                "Ana Lind chairs the harbour board and spoke at length on Monday.",
                "The trust's lawyers later met Mara Holm at the quay on Tuesday.",
                "\u201CI will not sell the boats,\u201D she said."));
        }

        [Fact]
        public void ATitledFullNameAfterAPrepositionLinksTheSurnameSheStandsFor()
        {
            // "for Sen. Robin Hale": the only full name of Hale stands after a preposition; "Hale isn't interested" then
            // "she said" is Hale (a given name that tells no gender, so the title makes it a full name).
            Assert.Equal("Robin Hale", SpeakerOfQuote("I\u2019m going",
                "Tom Varga said the board could help turn out voters for Sen. Robin Hale.",
                "But Hale isn\u2019t interested.",
                "\u201CI\u2019m going to be focusing on my own campaign,\u201D she said."));
        }

        [Theory]
        [InlineData("Tom Varga and the Benwick Union work together.")]
        [InlineData("Tom Varga and Benwick Council work together.")]
        public void AFullNameBeforeAndIsAPersonWhateverFollows(string first)
        {
            // "Tom Varga and the Benwick Union": the run over "and the" held no person, so "he" found nobody.
            Assert.Equal("Tom Varga", SpeakerOfQuote("It is a false", first, "\u201CIt is a false economy,\u201D he said."));
        }

        [Fact]
        public void ASurnameQuotedLastIsWhomHeStandsFor()
        {
            // "“…,” Varga said. / “…,” he said.": the last speaker was recorded only when the index knew him as a person.
            Assert.Equal("Varga", SpeakerOfQuote("And I would",
                "Tom Pike, the harbour master, opened the meeting.",
                "\u201CWe are tired of being told it is a waste,\u201D Varga said.",
                "\u201CAnd I would note that the ferry pays its way,\u201D he said."));
        }

        [Theory]
        [InlineData("But he laid off twenty staff and began talking about what will happen \u201Cif we lose the vote.\u201D", "if we lose", "Tom Brandt")]
        [InlineData("Yet she expects the ferry back \u201Cwithin the year.\u201D", "within the year", "Jo Pike")]
        [InlineData("But she wanted to know, \u201CHow did the fares rise so fast?\u201D", "How did the fares", "Jo Pike")]
        public void APronounAfterAnOpeningConjunctionIsTheSentencesSubject(string sentence, string quoteStart, string speaker)
        {
            // "But he laid off …, talking of “…”": the conjunction opens no clause of its own; the pronoun after it is the
            // subject the quote belongs to (the engine gave the quote to nobody).
            var lead = speaker == "Tom Brandt"
                ? "Tom Brandt has not said whether he has a plan for the harbour."
                : "Jo Pike, a ferry consultant from Dunmore, spoke to the harbour board on Tuesday.";
            Assert.Equal(speaker, SpeakerOfQuote(quoteStart, lead + " " + sentence));
        }

        [Fact]
        public void AConjunctionBeforeAPronounDoesNotMakeANameInTheQuoteTheSpeaker()
        {
            // The pronoun stands for the person named before, not for anyone named after it.
            Assert.Equal("Jo Pike", SpeakerOfQuote("within the year",
                "Jo Pike, a ferry consultant from Dunmore, spoke to the harbour board on Tuesday.",
                "But she showed Tom Brandt a plan to bring the ferry back \u201Cwithin the year.\u201D"));
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

        [Theory]
        [InlineData("The Karoo Gazette")]
        [InlineData("The Wenlow Sentinel")]
        public void APapersNameIsNoOneAPronounStandsFor(string paper)
        {
            // "Dr. Annelie Brandt … announced her resignation. The Karoo Gazette has seen the letter. “…,” she wrote.": "she"
            // is the curator, not the paper named last (the engine read the paper's name as a person's).
            var paragraphs = new[]
            {
                "Dr. Annelie Brandt, who has led the museum for 14 years, announced her resignation on Tuesday. " + paper + " has seen a copy of the letter.",
                "\u201CI have spent my working life on this museum,\u201D she wrote.",
            };
            Assert.Equal("Annelie Brandt", SpeakerOfQuote("I have spent", paragraphs));
        }

        [Fact]
        public void APartyLabelInBracketsDoesNotHideThePronounThatShowsASubjectsGender()
        {
            // "Robin" tells no gender; "(D-Ore.) defended his plan" does, so "she" skips Hale, the subject of the sentence
            // before, for the woman named after it.
            Assert.Equal("Ana Lind", SpeakerOfQuote("I take the",
                "Sen. Robin Hale (D-Ore.) defended his plan to raise the wage.",
                "Hale\u2019s stance was echoed by others. But former Secretary of State Ana Lind drew a contrast.",
                "\u201CI take the warnings seriously,\u201D she said."));
        }

        [Fact]
        public void APersonAHeWasGivenToIsAManForTheSheAfter()
        {
            // Nothing tells Robin Hale's gender until "he said" is given to Hale; the later "she" then skips Hale's subject
            // mention for the woman named after it.
            Assert.Equal("Ana Lind", SpeakerOfQuote("I take the",
                "Robin Hale spoke at the forum on Tuesday night.",
                "\u201CIt is not a wild idea to pay people more,\u201D he said.",
                "Hale\u2019s stance was echoed by others. But former Secretary of State Ana Lind drew a contrast.",
                "\u201CI take the warnings seriously,\u201D she said."));
        }

        [Theory]
        [InlineData("He named Dan Pike.")]
        [InlineData("Asked on the radio who leads the board, he named Dan Pike.")]
        public void ANameThatHeActedOnIsNotWhomTheNextHeStandsFor(string sentence)
        {
            // "He named Pike": Pike is the object of the man "he" already stands for; the "he said" after it is still Varga.
            Assert.Equal("Tom Varga", SpeakerOfQuote("I would say",
                "Tom Varga and harbour chief Dan Pike pledged to work together on Thursday.",
                "On the eve of the meeting, Varga eased his tone. " + sentence + " \u201CI would say Dan leads for now,\u201D he said."));
        }

        [Theory]
        [InlineData("Dan Briggs, a spokesman,")]
        [InlineData("Dan Briggs, Varga's spokesman,")]
        public void ANameWithAnAppositiveAfterAnOpeningPhraseIsTheSubjectTheNextHeStandsFor(string name)
        {
            // "Asked if …, Dan Briggs, a spokesman, suggested": Briggs is the clause's subject, nearer than Varga's possessive
            // opening the sentence before.
            Assert.Equal("Dan Briggs", SpeakerOfQuote("Most branches",
                "\u201CWe will fight on,\u201D Tom Varga said on Monday.",
                "Varga's response angered the party. Asked if there had been any fraud, " + name + " suggested the party had been sabotaged.",
                "\u201CMost branches tried to do a good job,\u201D he said."));
        }
    }
}
