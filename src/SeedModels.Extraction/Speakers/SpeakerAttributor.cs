using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// Pass 5: decides who says each quote. In order: an attribution after the quote (<c>,” she said</c>,
    /// <c>” said Jane Doe</c>, <c>an X statement read</c>, <c>by X</c>), then one before it in the same sentence
    /// (<c>X said: “</c>, <c>X described it as “</c>, <c>according to X</c>), then a paragraph that is only a
    /// quote continues the previous speaker. Pronouns, short forms and acronyms resolve to the names used earlier.
    /// </summary>
    internal sealed class SpeakerAttributor
    {
        private readonly IReadOnlyList<string> _paragraphs;
        private readonly List<Mention> _mentions;

        private SpeakerAttributor(IReadOnlyList<string> paragraphs, List<Mention> mentions)
        {
            _paragraphs = paragraphs;
            _mentions = mentions;
        }

        public static string?[] Attribute(IReadOnlyList<string> paragraphs, IReadOnlyList<ScannedQuote> quotes)
        {
            var mentions = new List<Mention>();
            for (var p = 0; p < paragraphs.Count; p++)
            {
                NameMentions.Find(paragraphs[p], p, QuotedSpans(quotes, p, paragraphs[p].Length), mentions);
            }

            var attributor = new SpeakerAttributor(paragraphs, mentions);
            var speakers = new string?[quotes.Count];
            string? previous = null;
            var previousParagraph = -10;
            for (var q = 0; q < quotes.Count; q++)
            {
                var quote = quotes[q];
                var speaker = attributor.FindSpeaker(quote);
                if (speaker == null && attributor.StandsAlone(quote) && quote.Paragraph - previousParagraph <= 2)
                {
                    speaker = previous;
                }

                speakers[q] = speaker;
                if (speaker != null)
                {
                    previous = speaker;
                    previousParagraph = quote.EndParagraph;
                }
            }

            return speakers;
        }

        private string? FindSpeaker(ScannedQuote quote)
        {
            var phrase = After(quote) ?? AccordingTo(quote) ?? Before(quote);
            return phrase == null ? null : Resolve(phrase, quote.Paragraph, quote.OpenIndex);
        }

        /// <summary>The paragraph holds nothing but the quote (a multi-paragraph quote counts from its first paragraph).</summary>
        private bool StandsAlone(ScannedQuote quote)
        {
            var opening = _paragraphs[quote.Paragraph];
            var closing = _paragraphs[quote.EndParagraph];
            return Words.OnlySpaceBetween(opening, 0, quote.OpenIndex) && Words.OnlySpaceBetween(closing, quote.EndIndex, closing.Length, ".,;:!?");
        }

        /// <summary><c>“…,” Jane Doe said</c>, <c>“…” said Jane Doe</c>, <c>“…,” an X statement read</c>, <c>“…” by X</c>, <c>according to X</c>.</summary>
        private string? After(ScannedQuote quote)
        {
            var t = _paragraphs[quote.EndParagraph];
            var end = ClauseEnd(t, quote.EndIndex);
            var words = Words.Split(t, quote.EndIndex, end);
            if (words.Count == 0)
            {
                return null;
            }

            if (words[0].Text == "by" && NamedBefore(quote))
            {
                return SpeakerPhrase.Read(words, 1, words.Count, wholeSpan: true);
            }

            // Only a quote that closes its clause ("…,” / "…?”) or is followed by a comma takes an attribution after it.
            var closesClause = quote.InnerEnd == ',' || quote.InnerEnd == '?' || quote.InnerEnd == '!' || quote.InnerEnd == '.' ||
                               (quote.EndIndex < t.Length && t[quote.EndIndex] == ',');
            if (!closesClause)
            {
                return null;
            }

            if (Lexicon.IsSpeechVerb(words[0].Text) && words.Count > 1)
            {
                return SpeakerPhrase.Read(words, 1, words.Count, wholeSpan: false);
            }

            for (var k = 1; k < words.Count && k <= 14; k++)
            {
                if (words[k].Text == "read" && Statement(words, k) is { } statement)
                {
                    return StatementOwner(words, statement, k);
                }

                if (Lexicon.IsSpeechVerb(words[k].Text))
                {
                    return SpeakerPhrase.Read(words, 0, k, wholeSpan: true);
                }
            }

            return null;
        }

        /// <summary><c>according to X</c> anywhere in the quote's sentence.</summary>
        private string? AccordingTo(ScannedQuote quote)
        {
            var opening = _paragraphs[quote.Paragraph];
            var head = Words.Split(opening, SentenceStart(opening, quote.OpenIndex), quote.OpenIndex);
            var closing = _paragraphs[quote.EndParagraph];
            var tail = Words.Split(closing, quote.EndIndex, ClauseEnd(closing, quote.EndIndex));
            return AccordingTo(opening, head) ?? AccordingTo(closing, tail);
        }

        private static string? AccordingTo(string t, List<Word> words)
        {
            for (var k = 0; k + 2 < words.Count; k++)
            {
                if (words[k].Lower == "according" && words[k + 1].Text == "to")
                {
                    var end = k + 2;
                    while (end < words.Count && !Ends(t, words[end]))
                    {
                        end++;
                    }

                    return SpeakerPhrase.Read(words, k + 2, System.Math.Min(end + 1, words.Count), wholeSpan: true);
                }
            }

            return null;
        }

        /// <summary>A naming verb right before the quote (<c>was branded “…” by</c>), which makes a following <c>by X</c> the speaker.</summary>
        private bool NamedBefore(ScannedQuote quote)
        {
            var t = _paragraphs[quote.Paragraph];
            var words = Words.Split(t, System.Math.Max(0, quote.OpenIndex - 40), quote.OpenIndex);
            for (var k = words.Count - 1; k >= 0 && k >= words.Count - 3; k--)
            {
                if (Lexicon.NamingVerbs.Contains(words[k].Text))
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
                if (words[k].Lower == "statement")
                {
                    return k;
                }
            }

            return null;
        }

        /// <summary><c>X said: “</c>, <c>X said … “</c>, <c>X described it as “</c>, <c>…, saying “</c>, <c>according to X, “</c>.</summary>
        private string? Before(ScannedQuote quote)
        {
            var t = _paragraphs[quote.Paragraph];
            var start = SentenceStart(t, quote.OpenIndex);
            var words = Words.Split(t, start, quote.OpenIndex);
            // The speech verb nearest the quote governs it: "After writing …, the mayor released a video telling them to “…”".
            for (var k = words.Count - 1; k >= 0; k--)
            {
                if (Lexicon.IsSpeechVerb(words[k].Text) && !IsPassive(words, k) && Subject(t, words, k) is { } subject)
                {
                    return subject;
                }
            }

            return null;
        }

        /// <summary>The subject of the clause a verb belongs to: the sentence's own subject, past any opening clause.</summary>
        private static string? Subject(string t, List<Word> words, int verb)
        {
            var start = 0;
            if (verb > 0 && (Lexicon.ClauseOpeners.Contains(words[0].Text) || !words[0].IsCapitalized))
            {
                // "After the vote, the mayor said": the subject follows the opening clause's comma.
                start = -1;
                for (var k = 1; k < verb; k++)
                {
                    if (t[words[k - 1].End] == ',' && Words.OnlySpaceBetween(t, words[k - 1].End + 1, words[k].Start))
                    {
                        start = k;
                        break;
                    }
                }

                if (start < 0)
                {
                    start = Lexicon.ClauseOpeners.Contains(words[0].Text) && verb > 1 ? 1 : 0;
                }
            }

            // A participle ("…, saying “") hangs off the clause's predicate: its subject opens the clause.
            return words[verb].Text.EndsWith("ing", System.StringComparison.Ordinal)
                ? SpeakerPhrase.ReadSubject(words, start, verb)
                : SpeakerPhrase.Read(words, start, verb, wholeSpan: true);
        }

        /// <summary><c>an APD statement read</c> → <c>APD</c>; <c>a statement from the council read</c> → <c>the council</c>.</summary>
        private static string? StatementOwner(List<Word> words, int statement, int read)
        {
            if (statement + 1 < read && words[statement + 1].Text is "from" or "by" or "of")
            {
                return SpeakerPhrase.Read(words, statement + 2, read, wholeSpan: true);
            }

            var from = 0;
            while (from < statement && Lexicon.Determiners.Contains(words[from].Text))
            {
                from++;
            }

            return from < statement ? SpeakerPhrase.Join(words, from, statement) : null;
        }

        private static bool IsPassive(List<Word> words, int verb) =>
            verb > 0 && words[verb - 1].Lower is "was" or "were" or "been" or "being" or "is" or "are" or "be";

        private static bool Ends(string t, Word w) => w.End < t.Length && (t[w.End] == ',' || Chars.IsSentenceEnd(t[w.End]));

        /// <summary>Resolves pronouns, short forms and acronyms to the name the article used.</summary>
        private string Resolve(string phrase, int paragraph, int index)
        {
            var lower = phrase.ToLowerInvariant();
            if (Lexicon.PersonPronouns.Contains(lower))
            {
                return LastMention(paragraph, index, MentionKind.Person) ?? phrase;
            }

            if (Lexicon.GroupPronouns.Contains(lower))
            {
                return LastMention(paragraph, index, MentionKind.Organisation) ?? phrase;
            }

            var words = Words.Split(phrase);
            if (words.Count == 1 && words[0].IsAllCaps && words[0].Text.Length >= 2)
            {
                return ExpandAcronym(words[0].Text) ?? phrase;
            }

            // "Ms Okafor", "Okafor" or (for people the article calls by first name) "Maya": the full name used before.
            var single = words.Count == 1 ? words[0].Text : words.Count == 2 && Lexicon.Titles.Contains(words[0].Bare) ? words[1].Text : null;
            if (single != null)
            {
                return FullName(single, last: true) ?? (words.Count == 1 ? FullName(single, last: false) : null) ?? phrase;
            }

            return phrase;
        }

        private string? FullName(string part, bool last)
        {
            foreach (var mention in _mentions)
            {
                var parts = mention.Name.Split(' ');
                if (mention.Kind == MentionKind.Person && parts.Length >= 2 && !Lexicon.Titles.Contains(parts[0]) &&
                    parts[last ? parts.Length - 1 : 0] == part)
                {
                    return mention.Name;
                }
            }

            return null;
        }

        private string? LastMention(int paragraph, int index, MentionKind kind)
        {
            Mention? weak = null;
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                var m = _mentions[k];
                if (m.Kind != kind || !m.IsBefore(paragraph, index))
                {
                    continue;
                }

                if (m.Strong)
                {
                    return Resolve(m.Name, m.Paragraph, m.Index);
                }

                weak ??= m;
            }

            return weak == null ? null : Resolve(weak.Name, weak.Paragraph, weak.Index);
        }

        private string? ExpandAcronym(string acronym)
        {
            foreach (var mention in _mentions)
            {
                var initials = new System.Text.StringBuilder();
                foreach (var w in Words.Split(mention.Name))
                {
                    if (w.IsCapitalized)
                    {
                        initials.Append(w.First);
                    }
                }

                if (initials.Length >= 2 && initials.ToString() == acronym)
                {
                    return mention.Name;
                }
            }

            return null;
        }

        private static int SentenceStart(string t, int before)
        {
            for (var i = before - 1; i > 0; i--)
            {
                if (Sentences.IsEndAt(t, i, t.Length) && !QuoteMarks.IsAny(t[i]))
                {
                    return i + 1;
                }
            }

            return 0;
        }

        /// <summary>Where the words after a quote stop: a sentence end or the next quote.</summary>
        private static int ClauseEnd(string t, int from)
        {
            for (var i = from; i < t.Length; i++)
            {
                if (QuoteMarks.IsOpeningOnly(t[i]) || t[i] == '"' || Sentences.IsEndAt(t, i, t.Length))
                {
                    return i;
                }
            }

            return t.Length;
        }

        private static List<(int Start, int End)> QuotedSpans(IReadOnlyList<ScannedQuote> quotes, int paragraph, int length)
        {
            var spans = new List<(int Start, int End)>();
            foreach (var q in quotes)
            {
                if (q.Paragraph <= paragraph && q.EndParagraph >= paragraph)
                {
                    spans.Add((q.Paragraph == paragraph ? q.OpenIndex : -1, q.EndParagraph == paragraph ? q.EndIndex : length + 1));
                }
            }

            return spans;
        }
    }
}
