using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;
using static SeedModels.Extraction.Speakers.ReportingVerbs;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// An attribution after the quote, in the rest of its sentence: <c>“…,” Jane Doe said</c>, <c>“…” said Jane Doe</c>,
    /// <c>“…,” an X statement read</c>, <c>“…” by X</c> after a naming verb.
    /// </summary>
    internal static class AttributionAfter
    {
        private static readonly string[] FromByOf = { "from", "by", "of" };

        /// <summary>How many words after a quote its attribution's verb may stand.</summary>
        private const int MaxReach = 14;

        /// <summary>How many words an appositive between a name and its speech verb may run to.</summary>
        private const int MaxAppositive = 40;

        /// <summary>
        /// The words naming the speaker after <paramref name="quote"/>, as written, or null. <paramref name="words"/> is a list
        /// the caller lends for the words after the quote (read into it here; none of it is kept).
        /// </summary>
        public static string? Find(IReadOnlyList<ParagraphWords> paragraphs, ScannedQuote quote, List<Word> words, QuoteBounds bounds)
        {
            var paragraph = paragraphs[quote.EndParagraph];
            var t = paragraph.Text;
            var end = bounds.ClauseEnd;
            paragraph.InInto(quote.EndIndex, end, words);
            if (words.Count == 0)
            {
                return null;
            }

            if (words[0].Is("by") && NamedBefore(paragraphs[quote.Paragraph], quote))
            {
                return SpeakerPhrase.Read(words, 1, words.Count, wholeSpan: true);
            }

            if (EndsHostSentence(paragraphs[quote.Paragraph], quote, words[0], bounds))
            {
                return null;
            }

            // Only a quote that closes its clause ("…,” / "…?”) or is followed by a comma takes an attribution after it;
            // one that runs straight into its attribution ("“…” Varga said", "“…” said Varga") does too.
            var inner = InnerEnd(quote);
            var closesClause = inner == ',' || inner == '?' || inner == '!' || inner == '.' ||
                               (quote.EndIndex < t.Length && t[quote.EndIndex] == ',');
            var reach = closesClause ? MaxReach : RunsIntoAttribution(t, quote, words);
            if (reach < 0)
            {
                return SentenceFinal(t, words, end, 1);
            }

            // "“…,” Tweeted Jo Bloggs": a speech verb capitalised after the quote's comma, before a name, is still the verb.
            var capitalisedVerb = inner == ',' && words.Count > 1 && words[0].IsCapitalized && !words[0].IsAllCaps && words[1].IsCapitalized &&
                                  Lexicon.SpeechVerbs.Contains(words[0]);
            if ((capitalisedVerb || IsReportingVerb(words, 0)) && words.Count > 1 && StartsInvertedSubject(words))
            {
                return ReadInverted(words, 1);
            }

            for (var k = 1; k < words.Count && k <= reach; k++)
            {
                if (words[k].Is("read") && Statement(words, k) is { } statement)
                {
                    return StatementOwner(words, statement, k);
                }

                if (IsReportingVerb(words, k))
                {
                    // "“…” That was how Varga put it": the cleft points back at the quote; who spoke follows it.
                    var cleft = CleftSubjectStart(words, k);
                    if (cleft > 0)
                    {
                        return SpeakerPhrase.Read(words, cleft, k, wholeSpan: true);
                    }

                    var before = VerbSubject.Before(t, words, 0, k);
                    if (CommaAfter(t, words[k - 1]) && k + 1 < words.Count && words[k + 1].IsCapitalized &&
                        (before == null || !char.IsUpper(before[0]) || OpensWithPreposition(t, words, k - 1)))
                    {
                        // "“…,” in sharp contrast to last year, says Jo Bloggs": the subject follows its verb (but in
                        // "“…,” Jo Bloggs, the mayor, told Acme Radio" it stands before it). A name inside a phrase a
                        // preposition opens ("“…” for the Union, said Jo Bloggs") is that preposition's object, no subject.
                        return ReadInverted(words, k + 1);
                    }

                    // "“…” by the shooting, Varga said": the subject next to the verb, not the words after the quote.
                    return before ?? SpeakerPhrase.Read(words, 0, k, wholeSpan: true);
                }
            }

            return (closesClause ? NameBeforeLongAppositive(t, words) : null) ?? SentenceFinal(t, words, end, reach + 1);
        }

        /// <summary>
        /// <c>The promise to “fix the harbour” appeals to voters who …, said Jo Bloggs, a historian.</c>: an attribution after
        /// a comma that closes the sentence reports all of it, however far from the quote; read from word <paramref name="from"/>.
        /// </summary>
        private static string? SentenceFinal(string t, List<Word> words, int end, int from)
        {
            if (end >= t.Length || !SentenceBounds.IsEndAt(t, end))
            {
                return null; // the words stop at another quote, or the sentence runs on past the bound
            }

            for (var k = System.Math.Max(from, 1); k < words.Count; k++)
            {
                if (!IsReportingVerb(words, k) || IsParticiple(words[k]))
                {
                    continue;
                }

                // "…, said Jo Bloggs, a historian at Benwick College." — the name after the verb, as far as it runs.
                if (CommaAfter(t, words[k - 1]) && k + 1 < words.Count && words[k + 1].IsCapitalized && !Lexicon.CalendarWords.ContainsBare(words[k + 1]))
                {
                    return ReadInverted(words, k + 1);
                }

                // "…, Jo Bloggs said (on Tuesday)." — the verb closes the sentence, its subject right after the comma.
                if (OnlyTimeAfter(words, k + 1) && VerbSubject.FollowsComma(t, words, k))
                {
                    return VerbSubject.Before(t, words, 0, k);
                }

                return null; // another reporting verb inside the sentence: not this rule's shape
            }

            return null;
        }

        /// <summary>The comma-bounded stretch that ends with <paramref name="last"/> opens with a lower-case preposition (<c>in talks with Acme</c>).</summary>
        private static bool OpensWithPreposition(string t, List<Word> words, int last)
        {
            var start = last;
            while (start > 0 && !CommaAfter(t, words[start - 1]))
            {
                start--;
            }

            return start < last && !words[start].IsCapitalized && Lexicon.Prepositions.Contains(words[start]);
        }

        /// <summary>Nothing but words of time from <paramref name="from"/> to the end (<c>on Tuesday</c>, <c>last week</c>).</summary>
        private static bool OnlyTimeAfter(List<Word> words, int from)
        {
            for (var k = from; k < words.Count; k++)
            {
                var w = words[k];
                if (!(Lexicon.CalendarWords.ContainsBare(w) || Lexicon.TimeWords.Contains(w) || Lexicon.PartsOfDay.ContainsBare(w) || w.Is("on") || w.Is("week")))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Where the subject starts after a cleft opening the words (<c>That was how</c> → 3), else 0.</summary>
        private static int CleftSubjectStart(List<Word> words, int verb) =>
            verb > 3 && words[0].IsOneOf(Lexicon.CleftDemonstratives) && (words[1].Is("was") || words[1].Is("is")) && words[2].IsOneOf(Lexicon.CleftWhWords) ? 3 : 0;

        /// <summary>
        /// The punctuation that closes the quoted words: past a quote nested at their end (<c>“He said, ‘Wait,’” Varga
        /// said</c> closes with the comma inside the nested marks).
        /// </summary>
        private static char InnerEnd(ScannedQuote quote)
        {
            var end = quote.InnerEnd;
            if (end != '\'' && end != '’' && end != '"' && end != '”')
            {
                return end;
            }

            var t = quote.Text;
            var k = t.Length - 2;
            while (k >= 0 && t[k] == ' ')
            {
                k--;
            }

            return k >= 0 ? t[k] : end;
        }

        /// <summary>
        /// <c>“…,” Jo Bloggs, a former treasurer of the county and a critic of the trust for many years, wrote</c>: a name,
        /// then an appositive too long for the usual reach, closed by a comma right before the speech verb.
        /// </summary>
        private static string? NameBeforeLongAppositive(string t, List<Word> words)
        {
            if (!words[0].IsCapitalized)
            {
                return null;
            }

            var nameEnd = SpeakerPhrase.CapitalisedRunEnd(words, 0, words.Count);
            if (nameEnd <= 0 || nameEnd >= words.Count - 1 || !CommaAfter(t, words[nameEnd - 1]))
            {
                return null;
            }

            for (var k = nameEnd; k < words.Count - 1 && k < nameEnd + MaxAppositive; k++)
            {
                if (CommaAfter(t, words[k]))
                {
                    var verb = k + 1;
                    return IsReportingVerb(words, verb) && !IsParticiple(words[verb]) ? SpeakerPhrase.Read(words, 0, nameEnd, wholeSpan: true) : null;
                }
            }

            return null;
        }

        /// <summary>
        /// <c>Varga called it “a mistake.” Bloggs said …</c>: a quote inside a sentence that began before it, closed by
        /// a sentence end inside its marks, ends that sentence too; the capitalised words after it open the next
        /// sentence, whose speech verb is not this quote's.
        /// </summary>
        private static bool EndsHostSentence(ParagraphWords opening, ScannedQuote quote, Word next, QuoteBounds bounds)
        {
            if (!(quote.InnerEnd == '.' || quote.InnerEnd == '?' || quote.InnerEnd == '!') || !next.IsCapitalized)
            {
                return false;
            }

            var t = opening.Text;
            var start = bounds.SentenceStart;
            return Words.TryFirst(t, start, quote.OpenIndex, out _);
        }

        /// <summary>
        /// How far a speech verb may stand after a quote with no comma before its attribution: right after it
        /// (<c>“…” said Varga</c>) or after a short name or pronoun (<c>“…” Varga said</c>); -1 when neither.
        /// </summary>
        private static int RunsIntoAttribution(string t, ScannedQuote quote, List<Word> words)
        {
            if (!Words.OnlySpaceBetween(t, quote.EndIndex, words[0].Start))
            {
                return -1;
            }

            if (IsReportingVerb(words, 0))
            {
                return words.Count > 1 && words[1].IsCapitalized ? 0 : -1;
            }

            // "“…” Sen. Varga said", "“…” the mayor said"; not "“…” until Varga said", another clause's verb.
            for (var k = 1; k < words.Count && k <= 4 && OpensNounPhrase(words[0]); k++)
            {
                if (IsReportingVerb(words, k))
                {
                    return k;
                }

                if (!words[k].IsCapitalized && !Names.IsSuffix(words[k]))
                {
                    break;
                }
            }

            if (words[0].IsCapitalized || Lexicon.PersonPronouns.Contains(words[0]))
            {
                return 1;
            }

            // "He was “shaken” by the shooting, Varga said.", "“…” about the decision, said Jo Bloggs, …": an attribution
            // after a comma, its verb right after the comma or after a subject that follows it.
            for (var k = 1; k < words.Count && k <= MaxReach; k++)
            {
                if (IsReportingVerb(words, k) && (CommaAfter(t, words[k - 1]) || VerbSubject.FollowsComma(t, words, k)))
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>A word a subject's noun phrase may open with: a name, a determiner, a modifier or a role.</summary>
        private static bool OpensNounPhrase(Word w) =>
            w.IsCapitalized || Lexicon.Determiners.Contains(w) || Lexicon.SubjectModifiers.Contains(w) || Lexicon.IsOccupationBare(w);

        /// <summary>
        /// <c>“…,” said Varga</c>, <c>said the mayor</c>, <c>said he</c>: a finite verb with its subject after it, not
        /// <c>“…,” adding that …</c>.
        /// </summary>
        private static bool StartsInvertedSubject(List<Word> words) =>
            !IsParticiple(words[0]) &&
            (words[1].IsCapitalized || !(words[1].Is("that") || Lexicon.Prepositions.Contains(words[1]) || Lexicon.TimeWords.Contains(words[1])));

        /// <summary>
        /// The speaker after an inverted verb, from word <paramref name="from"/>: the person named after an office's
        /// portfolio (<c>said Mayor of the County of Sallow Jo Bloggs</c>) or the words up to where the name stops.
        /// </summary>
        private static string? ReadInverted(List<Word> words, int from) =>
            OfficePortfolio.NameAfter(words, from) is { } name
                ? SpeakerPhrase.Read(words, name.Start, name.End, wholeSpan: true)
                : SpeakerPhrase.Read(words, from, InvertedSubjectEnd(words, from), wholeSpan: true);

        /// <summary>Where the name after an inverted verb stops: <c>said Jo Bloggs in a statement</c> ends at <c>Bloggs</c>.</summary>
        private static int InvertedSubjectEnd(List<Word> words, int from)
        {
            for (var j = from + 1; j < words.Count; j++)
            {
                var w = words[j];
                var afterComma = CommaAfter(w.Source, words[j - 1]);
                // "said Secretary of State Jo Bloggs": an "of" after an office is inside the run, not after the name
                // ("said Jo Bloggs of Acme" ends at the name).
                var ofInRun = w.Is("of") && j + 1 < words.Count && words[j + 1].IsCapitalized && Lexicon.Roles.ContainsBare(words[j - 1]);
                if (!w.IsCapitalized && words[j - 1].IsCapitalized && !afterComma && !ofInRun &&
                    (Lexicon.Prepositions.Contains(w) || Lexicon.TimeWords.Contains(w)))
                {
                    return j;
                }

                if (afterComma && !w.IsCapitalized && IsParticiple(w))
                {
                    return j; // "said Jo Bloggs, explaining that …"
                }
            }

            return words.Count;
        }

        /// <summary>A naming verb right before the quote (<c>was branded “…” by</c>), which makes a following <c>by X</c> the speaker.</summary>
        private static bool NamedBefore(ParagraphWords opening, ScannedQuote quote)
        {
            var words = opening.In(System.Math.Max(0, quote.OpenIndex - 40), quote.OpenIndex);
            for (var k = words.Count - 1; k >= 0 && k >= words.Count - 3; k--)
            {
                if (Lexicon.NamingVerbs.Contains(words[k]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The index of <c>statement</c> shortly before <c>read</c>, or null.</summary>
        private static int? Statement(List<Word> words, int read)
        {
            for (var k = read - 1; k >= 0 && k >= read - 6; k--)
            {
                if (words[k].LowerIs("statement"))
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary><c>an APD statement read</c> → <c>APD</c>; <c>a statement from the council read</c> → <c>the council</c>.</summary>
        private static string? StatementOwner(List<Word> words, int statement, int read)
        {
            if (statement + 1 < read && words[statement + 1].IsOneOf(FromByOf))
            {
                return SpeakerPhrase.Read(words, statement + 2, read, wholeSpan: true);
            }

            var from = 0;
            while (from < statement && Lexicon.Determiners.Contains(words[from]))
            {
                from++;
            }

            return from < statement ? SpeakerPhrase.Join(words, from, statement) : null;
        }
    }
}
