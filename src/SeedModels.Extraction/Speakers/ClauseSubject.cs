using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// The subject of the clause around a quote when no speech verb names one: whoever the sentence is about
    /// (<c>Varga called the plan “a false economy”</c>), or the subject of the sentence before the quote.
    /// </summary>
    internal static class ClauseSubject
    {
        /// <summary>The subject of the clause a verb belongs to: the sentence's own subject, past any opening clause.</summary>
        public static string? OfVerb(string t, List<Word> words, int verb)
        {
            var start = ClauseStart(t, words, verb);
            if (start < 0)
            {
                start = Lexicon.ClauseOpeners.Contains(words[0]) && verb > 1 ? 1 : 0;
            }

            // A participle ("…, saying “") hangs off the clause's predicate, and a verb after "and" shares it ("Varga
            // doubled down and said"): its subject opens the clause.
            return ReportingVerbs.IsParticiple(words[verb]) || (verb > 0 && VerbSubject.IsCoordinating(words[verb - 1]))
                ? SpeakerPhrase.ReadSubject(words, start, verb)
                : SpeakerPhrase.Read(words, start, verb, wholeSpan: true);
        }

        /// <summary>
        /// The subject of the sentence a quote stands inside (<c>Varga called the plan “a false economy”</c>,
        /// <c>Varga promised to “build on the progress”</c>): whoever the sentence is about is the one quoted. Null when
        /// the quote opens its sentence.
        /// </summary>
        /// <remarks><paramref name="words"/> is a list the caller lends for the sentence's words (read into it here; none of it is kept).</remarks>
        public static string? OfSentence(ParagraphWords paragraph, ScannedQuote quote, int floor, List<Word> words, QuoteBounds bounds)
        {
            var t = paragraph.Text;
            paragraph.InInto(System.Math.Max(floor, bounds.SentenceStart), quote.OpenIndex, words);
            if (words.Count < 2)
            {
                return null;
            }

            var start = ClauseStart(t, words, words.Count);
            return start < 0 || start >= words.Count - 1 ? null : SpeakerPhrase.ReadSubject(words, start, words.Count);
        }

        /// <summary>
        /// The subject of a sentence that ends in a colon introducing a quote (<c>Tom Varga issued the following
        /// statement:</c>), when that subject is a person's name; null otherwise (<c>The statement reads:</c>).
        /// </summary>
        public static string? OfIntroduction(string t, List<Word> words)
        {
            if (words.Count < 2)
            {
                return null;
            }

            var start = ClauseStart(t, words, words.Count);
            if (start < 0 || start >= words.Count - 1 || !words[start].IsCapitalized)
            {
                return null;
            }

            var subject = SpeakerPhrase.ReadSubject(words, start, words.Count);
            return subject != null && SpeakerPhrase.IsPerson(subject) ? subject : null;
        }

        /// <summary>
        /// The subject of the sentence just before the quote in its paragraph (<c>Asked if he was pushed, he shook
        /// his head. “Nobody pushed me.”</c>), or null.
        /// </summary>
        /// <remarks><paramref name="words"/> is a list the caller lends for the sentence's words (read into it here; none of it is kept).</remarks>
        public static string? OfPreviousSentence(ParagraphWords paragraph, ScannedQuote quote, List<Word> words)
        {
            var t = paragraph.Text;
            var sentenceEnd = quote.OpenIndex - 1;
            while (sentenceEnd > 0 && char.IsWhiteSpace(t[sentenceEnd]))
            {
                sentenceEnd--;
            }

            if (sentenceEnd <= 0 || !Chars.IsSentenceEnd(t[sentenceEnd]))
            {
                return null;
            }

            paragraph.InInto(SentenceBounds.SentenceStart(t, sentenceEnd), sentenceEnd, words);
            var start = words.Count == 0 ? -1 : ClauseStart(t, words, words.Count);
            return start < 0 ? null : SpeakerPhrase.ReadSubject(words, start, words.Count);
        }

        /// <summary>
        /// <c>Reached by the Gazette, Varga denied …</c>, <c>Contacted on Monday, Jo Bloggs said …</c>: a past participle
        /// and a preposition open a clause of their own; the subject follows its comma. A name ending in -ed
        /// (<c>Ahmed</c>) is no participle.
        /// </summary>
        private static bool OpensWithPastParticiple(List<Word> words)
        {
            if (words.Count < 3)
            {
                return false;
            }

            var first = words[0];
            return first.IsCapitalized && first.End - first.Start >= 5 && first.EndsWith("ed") && !first.IsAllCaps &&
                   !Lexicon.IsGivenNameBare(first) && !words[1].IsCapitalized && Lexicon.Prepositions.Contains(words[1]);
        }

        /// <summary>
        /// Where a sentence's main clause starts: 0 when it opens with its subject, the word after the opening
        /// clause's comma (<c>After the vote, the mayor said</c>), or -1 when an opening clause has no comma before
        /// <paramref name="limit"/>.
        /// </summary>
        private static int ClauseStart(string t, List<Word> words, int limit)
        {
            // "Sentencing her on Tuesday, Judge Jo Bloggs said": an opening participle's clause ends at its comma.
            var opensWithParticiple = (ReportingVerbs.IsParticiple(words[0]) || OpensWithPastParticiple(words)) && limit > 1;
            if (!Lexicon.ClauseOpeners.Contains(words[0]) && words[0].IsCapitalized && !opensWithParticiple && !IsLyAdverb(words[0]))
            {
                return OpeningTimePhraseEnd(t, words, limit);
            }

            // "Now Tom Varga, the mayor, is promising “…”", "But Sen. Varga …": a conjunction or adverb with no comma after it
            // opens no clause of its own; the subject, a given name or a title, follows it.
            if (limit > 2 && Lexicon.OpeningConjunctions.Contains(words[0]) && !Punctuation.BreakAfter(words[0]) && words[1].IsCapitalized &&
                !Lexicon.ClauseOpeners.Contains(words[1]) && !Lexicon.SentenceOpenersBeforeNames.ContainsBare(words[1]) &&
                (Lexicon.IsGivenNameBare(words[1]) || Lexicon.Titles.ContainsBare(words[1])))
            {
                return 1;
            }

            // "But he laid off the staff and talked of what happens “if we lose”": so does "he" or "she".
            if (limit > 2 && Lexicon.OpeningConjunctions.Contains(words[0]) && !Punctuation.BreakAfter(words[0]) && Lexicon.PersonPronouns.Contains(words[1]))
            {
                return 1;
            }

            var opening = -1; // the first comma's clause, when no later comma opens the main one
            for (var k = 1; k < limit; k++)
            {
                if (t[words[k - 1].End] == ',' && Words.OnlySpaceBetween(t, words[k - 1].End + 1, words[k].Start))
                {
                    // "Speaking in Benwick, Sallow Vale, Varga said": the region after the town is still the opening clause.
                    var region = RegionAfterTown.EndAt(words, k, limit);
                    if (region > 0 && region < limit)
                    {
                        k = region - 1;
                        continue;
                    }

                    // "On Thursday, after staying quiet for weeks, Varga said": a second opening clause follows the first;
                    // "Speaking in Marlow, which hosts the regatta, Varga said": a relative clause is still the opening one.
                    if (!words[k].IsCapitalized && (Lexicon.ClauseOpeners.Contains(words[k]) || ReportingVerbs.IsParticiple(words[k]) ||
                                                    words[k].IsOneOf(Lexicon.RelativePronouns)))
                    {
                        opening = opening < 0 ? k : opening;
                        continue;
                    }

                    return k;
                }
            }

            return opening;
        }

        /// <summary>
        /// <c>Hours later, Varga said</c>, <c>Two weeks ago, Varga said</c>: a short capitalised opening that ends in an adverb of
        /// time is no subject; the main clause starts after its comma. Else 0, the sentence opens with its subject.
        /// </summary>
        private static int OpeningTimePhraseEnd(string t, List<Word> words, int limit)
        {
            for (var k = 0; k < limit - 1 && k < MaxOpeningTimePhrase; k++)
            {
                if (Punctuation.CommaAfter(words[k]))
                {
                    return k > 0 && Lexicon.OpeningTimeAdverbs.Contains(words[k]) && Words.OnlySpaceBetween(t, words[k].End + 1, words[k + 1].Start) ? k + 1 : 0;
                }
            }

            return 0;
        }

        /// <summary>The most words an opening phrase of time runs to (<c>Two full days later,</c>).</summary>
        private const int MaxOpeningTimePhrase = 4;

        /// <summary><c>Immediately after the vote,</c>: a sentence that opens with an adverb opens with a clause.</summary>
        private static bool IsLyAdverb(Word w) => w.End - w.Start > 4 && w.Source[w.End - 1] == 'y' && w.Source[w.End - 2] == 'l';
    }
}
