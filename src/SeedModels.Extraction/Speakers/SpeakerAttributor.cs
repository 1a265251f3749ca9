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
        private const int MaxSentence = 1000;

        private readonly IReadOnlyList<string> _paragraphs;
        private readonly MentionIndex _mentions;

        private SpeakerAttributor(IReadOnlyList<string> paragraphs, List<Mention> mentions)
        {
            _paragraphs = paragraphs;
            _mentions = new MentionIndex(mentions);
        }

        public static string?[] Attribute(IReadOnlyList<string> paragraphs, IReadOnlyList<ScannedQuote> quotes)
        {
            var mentions = new List<Mention>();
            var quoted = QuotedSpans(quotes, paragraphs);
            for (var p = 0; p < paragraphs.Count; p++)
            {
                NameMentions.Find(paragraphs[p], p, quoted[p], mentions);
            }

            var attributor = new SpeakerAttributor(paragraphs, mentions);
            var speakers = new string?[quotes.Count];
            string? previous = null;
            var previousParagraph = -10;
            for (var q = 0; q < quotes.Count; q++)
            {
                var quote = quotes[q];
                var speaker = attributor.FindSpeaker(quote);
                if (speaker == null && previous != null && previousParagraph == quote.Paragraph)
                {
                    speaker = previous; // “…,” she said. “…” — the second quote is still hers.
                }

                if (speaker == null && attributor.StandsAlone(quote) && quote.Paragraph - previousParagraph <= 2)
                {
                    speaker = previous;
                }

                speaker ??= attributor.PreviousSentenceSubject(quote);

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

        /// <summary>
        /// <c>Asked if he was pushed, he shook his head. “Nobody pushed me.”</c>: a quote that follows a sentence of its
        /// paragraph belongs to that sentence's subject, when it is a person or a pronoun.
        /// </summary>
        private string? PreviousSentenceSubject(ScannedQuote quote)
        {
            var t = _paragraphs[quote.Paragraph];
            var sentenceEnd = quote.OpenIndex - 1;
            while (sentenceEnd > 0 && char.IsWhiteSpace(t[sentenceEnd]))
            {
                sentenceEnd--;
            }

            if (sentenceEnd <= 0 || !Chars.IsSentenceEnd(t[sentenceEnd]))
            {
                return null;
            }

            var start = SentenceStart(t, sentenceEnd);
            var words = Words.Split(t, start, sentenceEnd);
            if (words.Count == 0)
            {
                return null;
            }

            var from = 0;
            if (Lexicon.ClauseOpeners.Contains(words[0].Text) || !words[0].IsCapitalized)
            {
                from = -1;
                for (var k = 1; k < words.Count; k++)
                {
                    if (t[words[k - 1].End] == ',')
                    {
                        from = k;
                        break;
                    }
                }

                if (from < 0)
                {
                    return null;
                }
            }

            var subject = SpeakerPhrase.ReadSubject(words, from, words.Count);
            if (subject == null)
            {
                return null;
            }

            var isPronoun = Lexicon.PersonPronouns.Contains(subject);
            var resolved = Resolve(subject, quote.Paragraph, quote.OpenIndex);
            var subjectWords = Words.Split(resolved);
            return isPronoun || Names.IsPersonName(subjectWords, 0, subjectWords.Count) ? resolved : null;
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
                return SpeakerPhrase.Read(words, 1, words.Count, wholeSpan: true);
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

            // "a spokesperson for Acme", "a statement from Acme": the organisation speaks.
            if (words.Count >= 4 && Lexicon.Determiners.Contains(words[0].Text) && words[1].Lower is "spokesperson" or "spokesman" or "spokeswoman" or "representative" or "statement" &&
                words[2].Text is "for" or "from" or "of")
            {
                return Resolve(SpeakerPhrase.Join(words, 3, words.Count), paragraph, index);
            }

            // "the company said": the organisation named last.
            if (words.Count == 2 && words[0].Lower == "the" && Lexicon.OrganisationReferences.Contains(words[1].Text))
            {
                return LastMention(paragraph, index, MentionKind.Organisation) ?? phrase;
            }

            if (words.Count == 1 && words[0].IsAllCaps && words[0].Text.Length >= 2)
            {
                return _mentions.Expand(words[0].Text) ?? phrase;
            }

            // "Ms Okafor", "Okafor" or (for people the article calls by first name) "Maya": the full name used before.
            var single = words.Count == 1 ? words[0].Text : words.Count == 2 && Lexicon.Titles.Contains(words[0].Bare) ? words[1].Text : null;
            if (single != null)
            {
                return _mentions.FullName(single, allowFirstName: words.Count == 1) ?? phrase;
            }

            return phrase;
        }

        private string? LastMention(int paragraph, int index, MentionKind kind)
        {
            var mention = _mentions.LastBefore(paragraph, index, kind);
            return mention == null ? null : Resolve(mention.Name, mention.Paragraph, mention.Index);
        }

        private static int SentenceStart(string t, int before)
        {
            // Sentences run to a few hundred characters; the bound keeps a pathological paragraph linear.
            for (var i = before - 1; i > 0 && i > before - MaxSentence; i--)
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
            for (var i = from; i < t.Length && i < from + MaxSentence; i++)
            {
                if (QuoteMarks.IsOpeningOnly(t[i]) || t[i] == '"' || Sentences.IsEndAt(t, i, t.Length))
                {
                    return i;
                }
            }

            return t.Length;
        }

        /// <summary>Per paragraph, the quoted stretches in it (in order), found in one pass over the quotes.</summary>
        private static List<(int Start, int End)>[] QuotedSpans(IReadOnlyList<ScannedQuote> quotes, IReadOnlyList<string> paragraphs)
        {
            var spans = new List<(int Start, int End)>[paragraphs.Count];
            for (var p = 0; p < spans.Length; p++)
            {
                spans[p] = new List<(int Start, int End)>();
            }

            foreach (var q in quotes)
            {
                for (var p = q.Paragraph; p <= q.EndParagraph; p++)
                {
                    spans[p].Add((p == q.Paragraph ? q.OpenIndex : -1, p == q.EndParagraph ? q.EndIndex : paragraphs[p].Length + 1));
                }
            }

            return spans;
        }
    }
}
