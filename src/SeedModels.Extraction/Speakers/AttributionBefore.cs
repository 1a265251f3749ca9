using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;
using static SeedModels.Extraction.Speakers.ReportingVerbs;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// An attribution before the quote: the subject of a speech verb in its sentence (<c>X said: “</c>,
    /// <c>X described it as “</c>, <c>…, saying “</c>), a name before a colon (<c>Jo Bloggs: “…”</c>), or a paragraph
    /// that ends by introducing it (<c>Jo Bloggs continued:</c>).
    /// </summary>
    internal static class AttributionBefore
    {
        /// <summary>
        /// <c>X said: “</c>, <c>X said … “</c>, <c>X described it as “</c>, <c>…, saying “</c>.
        /// The words looked at start after <paramref name="floor"/>, where the quote before it in the paragraph ended:
        /// another quote's words are no part of this one's sentence.
        /// </summary>
        /// <remarks><paramref name="words"/> is a list the caller lends for the sentence's words (read into it here; none of it is kept).</remarks>
        public static string? Find(ParagraphWords paragraph, ScannedQuote quote, int floor, List<Word> words, QuoteBounds bounds)
        {
            var t = paragraph.Text;
            var start = System.Math.Max(floor, bounds.SentenceStart);
            paragraph.InInto(start, quote.OpenIndex, words);

            // The speech verb nearest the quote governs it ("After writing …, the mayor released a video telling them
            // to “…”"), but a finite verb before a participle names the subject better ("X said …, describing it as “").
            for (var pass = 0; pass < 2; pass++)
            {
                for (var k = words.Count - 1; k >= 0; k--)
                {
                    var participle = IsParticiple(words[k]);
                    if ((pass == 0) == participle || !IsReportingVerb(words, k) || IsPassive(words, k))
                    {
                        continue;
                    }

                    if (!participle && NameInsideInvertedAside(words, k) is { } inverted)
                    {
                        return inverted;
                    }

                    if (((participle ? NameBeforeParticiple(words, k) : VerbSubject.Before(t, words, 0, k)) ?? ClauseSubject.OfVerb(t, words, k)) is { } subject)
                    {
                        return subject;
                    }
                }
            }

            // No verb: "Jo Bloggs: “…”".
            return NameBeforeColon(t, words, quote.OpenIndex);
        }

        /// <summary>How many words a name inside an inverted aside may run to (<c>says Sen. Jo Ann Bloggs Jr.,</c>).</summary>
        private const int MaxInvertedName = 6;

        /// <summary>
        /// <c>The trouble, says Jo Bloggs, a historian, is that it was “…”</c>: a verb that opens a comma-bounded aside with
        /// the speaker's name after it reports the sentence the aside interrupts. What stands before the verb there is the
        /// sentence's own subject, never the speaker.
        /// </summary>
        private static string? NameInsideInvertedAside(List<Word> words, int verb)
        {
            if (verb == 0 || !Punctuation.CommaAfter(words[verb - 1]) || Punctuation.BreakAfter(words[verb]))
            {
                return null;
            }

            var end = verb + 1;
            while (end < words.Count && end - verb <= MaxInvertedName && (words[end].IsCapitalized || Names.IsSuffix(words[end])))
            {
                end++;
                if (Punctuation.CommaAfter(words[end - 1]))
                {
                    break;
                }
            }

            if (end == verb + 1 || !Punctuation.CommaAfter(words[end - 1]) || words[end - 1].IsPossessive)
            {
                return null; // "…, says the mayor, …" or a name the aside does not close
            }

            var name = SpeakerPhrase.WithoutRole(words, verb + 1, end);
            return SpeakerPhrase.IsPerson(name) ? name : null;
        }

        /// <summary>How many words the name before a participle may run to.</summary>
        private const int MaxNameBeforeParticiple = 5;

        /// <summary>
        /// <c>…, with Sen. Jo Bloggs telling reporters “…”</c>, <c>… – Varga saying he was “…”</c>: a participle with a name of
        /// its own right before it, after a comma, a dash, <c>with</c> or <c>and</c>, is that person's.
        /// </summary>
        private static string? NameBeforeParticiple(List<Word> words, int participle)
        {
            var run = participle;
            while (run > 0 && participle - run < MaxNameBeforeParticiple && (words[run - 1].IsCapitalized || Names.IsSuffix(words[run - 1])) &&
                   !(run < participle && Punctuation.BreakAfter(words[run - 1])))
            {
                run--;
            }

            if (run == participle || Punctuation.BreakAfter(words[participle - 1]) || Lexicon.ClauseOpeners.Contains(words[run]) ||
                !(run > 0 && (Punctuation.BreakAfter(words[run - 1]) || words[run - 1].Is("with") || words[run - 1].Is("and"))))
            {
                return null;
            }

            var name = SpeakerPhrase.WithoutRole(words, run, participle);
            var nameWords = Words.Split(name);
            return Names.IsPersonName(nameWords, 0, nameWords.Count) || nameWords.Count == 1 ? name : null;
        }

        /// <summary>
        /// A quote that opens its paragraph after a paragraph ending in a colon (<c>Jo Bloggs continued:</c>): the
        /// speaker introduced there.
        /// </summary>
        public static string? IntroducedBefore(IReadOnlyList<ParagraphWords> paragraphs, ScannedQuote quote)
        {
            if (quote.Paragraph == 0 || !Words.OnlySpaceBetween(paragraphs[quote.Paragraph].Text, 0, quote.OpenIndex))
            {
                return null;
            }

            var previous = paragraphs[quote.Paragraph - 1];
            var t = previous.Text;
            var colon = t.Length - 1;
            while (colon > 0 && char.IsWhiteSpace(t[colon]))
            {
                colon--;
            }

            if (colon <= 0 || t[colon] != ':')
            {
                return null;
            }

            var words = previous.In(SentenceBounds.SentenceStart(t, colon), colon);
            for (var k = words.Count - 1; k >= 0; k--)
            {
                if (IsReportingVerb(words, k) && !IsPassive(words, k))
                {
                    return k > 0 ? (VerbSubject.Before(t, words, 0, k) ?? ClauseSubject.OfVerb(t, words, k)) :
                        words.Count > 1 ? SpeakerPhrase.Read(words, 1, words.Count, wholeSpan: true) : null;
                }
            }

            // "Tom Varga issued the following statement:": no speech verb, but whoever the sentence is about introduces it.
            return NameBeforeColon(t, words, colon + 1) ?? ClauseSubject.OfIntroduction(t, words);
        }

        /// <summary>
        /// The person the last sentence of the paragraph before reports as speaking (<c>Varga argued in a letter that the
        /// pier was safe.</c> then a paragraph that is only <c>“…”</c>): the quote gives that person's words. Only a person
        /// named as the subject of a speech verb, not one the sentence merely mentions.
        /// </summary>
        public static string? ReportedInParagraphBefore(IReadOnlyList<ParagraphWords> paragraphs, ScannedQuote quote)
        {
            if (quote.Paragraph == 0)
            {
                return null;
            }

            var previous = paragraphs[quote.Paragraph - 1];
            var t = previous.Text;
            var end = t.Length - 1;
            while (end > 0 && char.IsWhiteSpace(t[end]))
            {
                end--;
            }

            if (end <= 0 || t[end] != '.' || t.IndexOf('\u201C') >= 0 || t.IndexOf('"') >= 0 || t.IndexOf("''", System.StringComparison.Ordinal) >= 0)
            {
                return null; // a paragraph that quotes already has its own speaker, which the continuation follows
            }

            var words = previous.In(SentenceBounds.SentenceStart(t, end), end);
            for (var k = 1; k < words.Count; k++)
            {
                if (IsReportingVerb(words, k) && !IsParticiple(words[k]) && !IsPassive(words, k))
                {
                    return VerbSubject.Before(t, words, 0, k);
                }
            }

            return null;
        }

        /// <summary>The word right before the quote is a preposition or a possessive (<c>on “…”</c>, <c>the network's “…”</c>).</summary>
        public static bool FollowsPrepositionOrPossessive(ParagraphWords paragraph, ScannedQuote quote)
        {
            var words = paragraph.In(System.Math.Max(0, quote.OpenIndex - 40), quote.OpenIndex);
            if (words.Count == 0 || !Words.OnlySpaceBetween(paragraph.Text, words[words.Count - 1].End, quote.OpenIndex))
            {
                return false;
            }

            var last = words[words.Count - 1];
            return (Lexicon.Prepositions.Contains(last) && !last.IsCapitalized) || (last.IsPossessive && last.IsCapitalized);
        }

        /// <summary>
        /// <c>Jo Bloggs: “…”</c>, <c>… surprised pollster Jo Bloggs: “…”</c>: a person's name right before a colon that
        /// introduces the quote labels the speaker, as in an interview transcript.
        /// </summary>
        private static string? NameBeforeColon(string t, List<Word> words, int open)
        {
            var colon = open - 1;
            while (colon >= 0 && char.IsWhiteSpace(t[colon]))
            {
                colon--;
            }

            if (colon < 0 || t[colon] != ':' || words.Count == 0)
            {
                return null;
            }

            var end = words.Count;
            if (words[end - 1].End != colon)
            {
                return null;
            }

            var run = end;
            while (run > 0 && (words[run - 1].IsCapitalized || Names.IsSuffix(words[run - 1])) && Words.OnlySpaceBetween(t, words[run - 1].End, run < end ? words[run].Start : colon, ".") &&
                   !Lexicon.ClauseOpeners.Contains(words[run - 1]))
            {
                run--;
            }

            if (end - run < 2)
            {
                return null;
            }

            var name = SpeakerPhrase.WithoutRole(words, run, end);
            return SpeakerPhrase.IsPerson(name) ? name : null;
        }
    }
}
