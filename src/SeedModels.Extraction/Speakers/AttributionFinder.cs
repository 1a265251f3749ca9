using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// Finds the words that name a quote's speaker, as written: an attribution after the quote (<c>,” she said</c>,
    /// <c>” said Jane Doe</c>, <c>an X statement read</c>, <c>by X</c> after a naming verb), <c>according to X</c>
    /// in its sentence, or the subject of a speech verb before it (<c>X said: “</c>, <c>…, saying “</c>).
    /// </summary>
    internal sealed class AttributionFinder
    {
        /// <summary>How far a sentence is searched for its attribution: news sentences are shorter, and the bound keeps a
        /// paragraph of thousands of quotes linear.</summary>
        private const int MaxSentence = 600;

        private static readonly string[] FromByOf = { "from", "by", "of" };

        private static readonly string[] FormsOfBe = { "was", "were", "been", "being", "is", "are", "be" };

        /// <summary>Verbs that report a retort with <c>back</c>: <c>shot back</c>, <c>fired back</c>.</summary>
        private static readonly string[] BackVerbs = { "shot", "fired", "hit", "snapped", "pushed", "wrote", "struck" };

        private static readonly string[] PutForms = { "put", "puts" };

        private static readonly string[] PossessivePronouns = { "its", "his", "her", "their", "our", "my", "your" };

        /// <summary>How many words after a quote its attribution's verb may stand.</summary>
        private const int MaxReach = 14;

        private readonly IReadOnlyList<ParagraphWords> _paragraphs;

        public AttributionFinder(IReadOnlyList<ParagraphWords> paragraphs) => _paragraphs = paragraphs;

        /// <summary><c>“…,” Jane Doe said</c>, <c>“…” said Jane Doe</c>, <c>“…,” an X statement read</c>, <c>“…” by X</c>, <c>according to X</c>.</summary>
        public string? After(ScannedQuote quote)
        {
            var paragraph = _paragraphs[quote.EndParagraph];
            var t = paragraph.Text;
            var end = ClauseEnd(t, quote.EndIndex);
            var words = paragraph.In(quote.EndIndex, end);
            if (words.Count == 0)
            {
                return null;
            }

            if (words[0].Is("by") && NamedBefore(quote))
            {
                return SpeakerPhrase.Read(words, 1, words.Count, wholeSpan: true);
            }

            // Only a quote that closes its clause ("…,” / "…?”) or is followed by a comma takes an attribution after it;
            // one that runs straight into its attribution ("“…” Varga said", "“…” said Varga") does too.
            var closesClause = quote.InnerEnd == ',' || quote.InnerEnd == '?' || quote.InnerEnd == '!' || quote.InnerEnd == '.' ||
                               (quote.EndIndex < t.Length && t[quote.EndIndex] == ',');
            var reach = closesClause ? MaxReach : RunsIntoAttribution(t, quote, words);
            if (reach < 0)
            {
                return null;
            }

            if (IsReportingVerb(words, 0) && words.Count > 1 && StartsInvertedSubject(words))
            {
                return SpeakerPhrase.Read(words, 1, InvertedSubjectEnd(words, 1), wholeSpan: true);
            }

            for (var k = 1; k < words.Count && k <= reach; k++)
            {
                if (words[k].Is("read") && Statement(words, k) is { } statement)
                {
                    return StatementOwner(words, statement, k);
                }

                if (IsReportingVerb(words, k))
                {
                    var before = VerbSubject.Before(t, words, 0, k);
                    if (CommaAfter(t, words[k - 1]) && k + 1 < words.Count && words[k + 1].IsCapitalized && (before == null || !char.IsUpper(before[0])))
                    {
                        // "“…,” in sharp contrast to last year, says Jo Bloggs": the subject follows its verb (but in
                        // "“…,” Jo Bloggs, the mayor, told Acme Radio" it stands before it).
                        return SpeakerPhrase.Read(words, k + 1, InvertedSubjectEnd(words, k + 1), wholeSpan: true);
                    }

                    // "“…” by the shooting, Varga said": the subject next to the verb, not the words after the quote.
                    return before ?? SpeakerPhrase.Read(words, 0, k, wholeSpan: true);
                }
            }

            return null;
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

            for (var k = 1; k < words.Count && k <= 4; k++)
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

        /// <summary>
        /// A verb that reports speech: a speech verb, <c>shot back</c>, or <c>put it</c> (<c>as Varga put it</c>).
        /// </summary>
        private static bool IsReportingVerb(List<Word> words, int k)
        {
            if (Lexicon.IsSpeechVerb(words[k]))
            {
                // "the remarks", "her claims", "in comments": a noun after a determiner or preposition.
                return k == 0 || !(Lexicon.Determiners.Contains(words[k - 1]) || words[k - 1].IsOneOf(PossessivePronouns) ||
                                   (Lexicon.Prepositions.Contains(words[k - 1]) && !words[k - 1].IsCapitalized) || words[k - 1].IsPossessive);
            }

            return k + 1 < words.Count && ((words[k + 1].Is("back") && words[k].IsOneOf(BackVerbs)) || (words[k + 1].Is("it") && words[k].IsOneOf(PutForms)));
        }

        /// <summary>
        /// <c>“…,” said Varga</c>, <c>said the mayor</c>, <c>said he</c>: a finite verb with its subject after it, not
        /// <c>“…,” adding that …</c>.
        /// </summary>
        private static bool StartsInvertedSubject(List<Word> words) =>
            !words[0].Text.EndsWith("ing", System.StringComparison.Ordinal) &&
            (words[1].IsCapitalized || !(words[1].Is("that") || Lexicon.Prepositions.Contains(words[1]) || Lexicon.TimeWords.Contains(words[1])));

        /// <summary>Where the name after an inverted verb stops: <c>said Jo Bloggs in a statement</c> ends at <c>Bloggs</c>.</summary>
        private static int InvertedSubjectEnd(List<Word> words, int from)
        {
            for (var j = from + 1; j < words.Count; j++)
            {
                var w = words[j];
                var afterComma = CommaAfter(w.Source, words[j - 1]);
                if (!w.IsCapitalized && words[j - 1].IsCapitalized && !afterComma &&
                    (Lexicon.Prepositions.Contains(w) || Lexicon.TimeWords.Contains(w)))
                {
                    return j;
                }

                if (afterComma && !w.IsCapitalized && w.Text.EndsWith("ing", System.StringComparison.Ordinal))
                {
                    return j; // "said Jo Bloggs, explaining that …"
                }
            }

            return words.Count;
        }

        private static bool CommaAfter(string t, Word w) => w.End < t.Length && t[w.End] == ',';

        /// <summary><c>according to X</c> anywhere in the quote's sentence.</summary>
        public string? AccordingTo(ScannedQuote quote)
        {
            var opening = _paragraphs[quote.Paragraph].Text;
            var head = _paragraphs[quote.Paragraph].In(SentenceStart(opening, quote.OpenIndex), quote.OpenIndex);
            var closing = _paragraphs[quote.EndParagraph].Text;
            var tail = _paragraphs[quote.EndParagraph].In(quote.EndIndex, ClauseEnd(closing, quote.EndIndex));
            return AccordingTo(opening, head) ?? AccordingTo(closing, tail);
        }

        private static string? AccordingTo(string t, List<Word> words)
        {
            for (var k = 0; k + 2 < words.Count; k++)
            {
                if (words[k].LowerIs("according") && words[k + 1].Is("to"))
                {
                    var end = k + 2;
                    while (end < words.Count && !Ends(t, words[end]))
                    {
                        end++;
                    }

                    if (k + 2 < words.Count && words[k + 2].IsOneOf(PossessivePronouns))
                    {
                        return null; // "according to its analysis": the speaker is named elsewhere
                    }

                    return SpeakerPhrase.Read(words, k + 2, System.Math.Min(end + 1, words.Count), wholeSpan: true);
                }
            }

            return null;
        }

        /// <summary>The word right before the quote is a preposition or a possessive (<c>on “…”</c>, <c>CNN's “…”</c>).</summary>
        public bool FollowsPrepositionOrPossessive(ScannedQuote quote)
        {
            var paragraph = _paragraphs[quote.Paragraph];
            var words = paragraph.In(System.Math.Max(0, quote.OpenIndex - 40), quote.OpenIndex);
            if (words.Count == 0 || !Words.OnlySpaceBetween(paragraph.Text, words[words.Count - 1].End, quote.OpenIndex))
            {
                return false;
            }

            var last = words[words.Count - 1];
            return (Lexicon.Prepositions.Contains(last) && !last.IsCapitalized) || (last.IsPossessive && last.IsCapitalized);
        }

        /// <summary>A naming verb right before the quote (<c>was branded “…” by</c>), which makes a following <c>by X</c> the speaker.</summary>
        private bool NamedBefore(ScannedQuote quote)
        {
            var words = _paragraphs[quote.Paragraph].In(System.Math.Max(0, quote.OpenIndex - 40), quote.OpenIndex);
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

        /// <summary>
        /// <c>X said: “</c>, <c>X said … “</c>, <c>X described it as “</c>, <c>…, saying “</c>, <c>according to X, “</c>.
        /// The words looked at start after <paramref name="floor"/>, where the quote before it in the paragraph ended:
        /// another quote's words are no part of this one's sentence.
        /// </summary>
        public string? Before(ScannedQuote quote, int floor)
        {
            var paragraph = _paragraphs[quote.Paragraph];
            var t = paragraph.Text;
            var start = System.Math.Max(floor, SentenceStart(t, quote.OpenIndex));
            var words = paragraph.In(start, quote.OpenIndex);

            // The speech verb nearest the quote governs it ("After writing …, the mayor released a video telling them
            // to “…”"), but a finite verb before a participle names the subject better ("X said …, describing it as “").
            for (var pass = 0; pass < 2; pass++)
            {
                for (var k = words.Count - 1; k >= 0; k--)
                {
                    var participle = words[k].Text.EndsWith("ing", System.StringComparison.Ordinal);
                    if ((pass == 0) == participle || !IsReportingVerb(words, k) || IsPassive(words, k))
                    {
                        continue;
                    }

                    if (((participle ? null : VerbSubject.Before(t, words, 0, k)) ?? Subject(t, words, k)) is { } subject)
                    {
                        return subject;
                    }
                }
            }

            // No verb: "Jo Bloggs: “…”".
            return NameBeforeColon(t, words, quote.OpenIndex);
        }

        /// <summary>
        /// A quote that opens its paragraph after a paragraph ending in a colon (<c>Jo Bloggs continued:</c>): the
        /// speaker introduced there.
        /// </summary>
        public string? IntroducedBefore(ScannedQuote quote)
        {
            if (quote.Paragraph == 0 || !Words.OnlySpaceBetween(_paragraphs[quote.Paragraph].Text, 0, quote.OpenIndex))
            {
                return null;
            }

            var previous = _paragraphs[quote.Paragraph - 1];
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

            var words = previous.In(SentenceStart(t, colon), colon);
            for (var k = words.Count - 1; k >= 0; k--)
            {
                if (IsReportingVerb(words, k) && !IsPassive(words, k))
                {
                    return k > 0 ? (VerbSubject.Before(t, words, 0, k) ?? Subject(t, words, k)) :
                        words.Count > 1 ? SpeakerPhrase.Read(words, 1, words.Count, wholeSpan: true) : null;
                }
            }

            return NameBeforeColon(t, words, colon + 1);
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
            var nameWords = Words.Split(name);
            return Names.IsPersonName(nameWords, 0, nameWords.Count) ? name : null;
        }

        /// <summary>The subject of the clause a verb belongs to: the sentence's own subject, past any opening clause.</summary>
        private static string? Subject(string t, List<Word> words, int verb)
        {
            var start = ClauseStart(t, words, verb);
            if (start < 0)
            {
                start = Lexicon.ClauseOpeners.Contains(words[0]) && verb > 1 ? 1 : 0;
            }

            // A participle ("…, saying “") hangs off the clause's predicate: its subject opens the clause.
            return words[verb].Text.EndsWith("ing", System.StringComparison.Ordinal)
                ? SpeakerPhrase.ReadSubject(words, start, verb)
                : SpeakerPhrase.Read(words, start, verb, wholeSpan: true);
        }

        /// <summary>
        /// The subject of the sentence just before the quote in its paragraph (<c>Asked if he was pushed, he shook
        /// his head. “Nobody pushed me.”</c>), or null.
        /// </summary>
        /// <summary>
        /// The subject of the sentence a quote stands inside (<c>Varga called the plan “a false economy”</c>,
        /// <c>Varga promised to “build on the progress”</c>): whoever the sentence is about is the one quoted. Null when
        /// the quote opens its sentence.
        /// </summary>
        public string? SentenceSubject(ScannedQuote quote, int floor)
        {
            var paragraph = _paragraphs[quote.Paragraph];
            var t = paragraph.Text;
            var words = paragraph.In(System.Math.Max(floor, SentenceStart(t, quote.OpenIndex)), quote.OpenIndex);
            if (words.Count < 2)
            {
                return null;
            }

            var start = ClauseStart(t, words, words.Count);
            return start < 0 || start >= words.Count - 1 ? null : SpeakerPhrase.ReadSubject(words, start, words.Count);
        }

        public string? PreviousSentenceSubject(ScannedQuote quote)
        {
            var paragraph = _paragraphs[quote.Paragraph];
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

            var words = paragraph.In(SentenceStart(t, sentenceEnd), sentenceEnd);
            var start = words.Count == 0 ? -1 : ClauseStart(t, words, words.Count);
            return start < 0 ? null : SpeakerPhrase.ReadSubject(words, start, words.Count);
        }

        /// <summary>
        /// Where a sentence's main clause starts: 0 when it opens with its subject, the word after the opening
        /// clause's comma (<c>After the vote, the mayor said</c>), or -1 when an opening clause has no comma before
        /// <paramref name="limit"/>.
        /// </summary>
        private static int ClauseStart(string t, List<Word> words, int limit)
        {
            // "Sentencing her on Tuesday, Judge Jo Bloggs said": an opening participle's clause ends at its comma.
            var opensWithParticiple = words[0].Text.EndsWith("ing", System.StringComparison.Ordinal) && limit > 1;
            if (!Lexicon.ClauseOpeners.Contains(words[0]) && words[0].IsCapitalized && !opensWithParticiple)
            {
                return 0;
            }

            for (var k = 1; k < limit; k++)
            {
                if (t[words[k - 1].End] == ',' && Words.OnlySpaceBetween(t, words[k - 1].End + 1, words[k].Start))
                {
                    return k;
                }
            }

            return -1;
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

        private static bool IsPassive(List<Word> words, int verb) =>
            verb > 0 && words[verb - 1].IsOneOfLower(FormsOfBe);

        private static bool Ends(string t, Word w) => w.End < t.Length && (t[w.End] == ',' || Chars.IsSentenceEnd(t[w.End]));

        public static int SentenceStart(string t, int before)
        {
            // Sentences run to a few hundred characters; the bound keeps a pathological paragraph linear.
            for (var i = before - 1; i > 0 && i > before - MaxSentence; i--)
            {
                if (Sentences.IsEndAt(t, i, t.Length) && !QuoteMarks.IsAny(t[i]))
                {
                    return i + 1;
                }
            }

            return System.Math.Max(0, before - MaxSentence);
        }

        /// <summary>Where the words after a quote stop: a sentence end or the next quote.</summary>
        private static int ClauseEnd(string t, int from)
        {
            for (var i = from; i < t.Length && i < from + MaxSentence; i++)
            {
                if (QuoteMarks.IsOpeningOnly(t[i]) || t[i] == '"' || QuoteMarks.IsDoubledApostrophe(t, i) || Sentences.IsEndAt(t, i, t.Length))
                {
                    return i;
                }
            }

            return System.Math.Min(t.Length, from + MaxSentence);
        }
    }
}
