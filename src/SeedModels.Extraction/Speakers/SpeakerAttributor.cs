using System.Collections.Generic;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Speakers
{
    /// <summary>
    /// Pass 5: decides who says each quote. The quote's own attribution comes first (<see cref="AttributionFinder"/>);
    /// failing that, a second quote in a paragraph keeps the first one's speaker, a paragraph that is only a quote
    /// continues the previous speaker, and a quote after a sentence belongs to that sentence's subject. Every name is
    /// resolved to the one the article used (<see cref="SpeakerResolver"/>).
    /// </summary>
    internal static class SpeakerAttributor
    {
        /// <summary>How many paragraphs a quote-only paragraph may stand from the last attributed quote and still continue it.</summary>
        private const int ContinuationDistance = 2;

        /// <summary>How many characters before a quote nobody was given the words of the next quote's sentence may still start.</summary>
        private const int MaxReachPastUnattributed = 300;

        public static string?[] Attribute(IReadOnlyList<string> paragraphs, IReadOnlyList<ScannedQuote> quotes)
        {
            // The names are read only to give quotes their speakers: an article with no quote needs none of them.
            if (quotes.Count == 0)
            {
                return System.Array.Empty<string?>();
            }

            // Each paragraph is split into words once; the mention finder and every attribution rule read that split.
            var words = ParagraphWords.Of(paragraphs);
            var mentions = new List<Mention>();
            var quoted = QuotedSpans(quotes, paragraphs, out var firstSpan);
            var nameWords = new List<Word>();
            var surnames = new HashSet<string>(System.StringComparer.Ordinal);
            for (var p = 0; p < paragraphs.Count; p++)
            {
                NameMentions.Find(words[p], p, quoted, firstSpan[p], firstSpan[p + 1], mentions, nameWords, surnames);
            }

            var finder = new AttributionFinder(words);
            var resolver = new SpeakerResolver(new MentionIndex(mentions), words);
            var speakers = new string?[quotes.Count];
            var floors = new int[quotes.Count];
            string? previous = null;
            var previousParagraph = int.MinValue / 2;
            for (var q = 0; q < quotes.Count; q++)
            {
                var quote = quotes[q];
                var floor = Floor(quotes, speakers, floors, q);
                floors[q] = floor;
                if (Labelled(words[quote.Paragraph], quote, floor, resolver) is { } labelled)
                {
                    // "Varga: Pike's ‘Harmful Levy’ Sinks Port": the label speaks, even a title-case quote after a possessive.
                    speakers[q] = labelled;
                    resolver.Spoke(labelled, quote.Paragraph, quote.OpenIndex);
                    previous = labelled;
                    previousParagraph = quote.EndParagraph;
                    continue;
                }

                // Asked of each quote up to twice below (and of its paragraph up to three times): read once.
                var title = IsTitle(quote.Text);
                if (title && finder.FollowsPrepositionOrPossessive(quote))
                {
                    continue; // "told Westhaven TV's “Early Shift”", "said on “Morning Report”": a programme's name, said by nobody
                }

                var phrase = finder.Find(quote, floor);
                var speaker = phrase == null ? null : resolver.Resolve(phrase, quote.Paragraph, PronounAt(words[quote.Paragraph], phrase, quote.OpenIndex, finder.Bounds(quote)));
                if (speaker == null && previous != null && previousParagraph == quote.Paragraph)
                {
                    speaker = previous; // “…,” she said. “…” — the second quote is still hers.
                }

                var standsAlone = speaker == null && StandsAlone(paragraphs, quote);
                if (speaker == null && standsAlone && SignatureAfter.Find(words, quote.EndParagraph) is { } signature)
                {
                    speaker = PersonOrPronoun(signature, resolver, quote); // “…” over "- Jo Bloggs."
                }

                if (speaker == null && standsAlone && quote.Paragraph - 1 > previousParagraph)
                {
                    speaker = PersonOrPronoun(finder.ReportedBefore(quote), resolver, quote);
                }

                if (speaker == null && standsAlone && quote.Paragraph - previousParagraph <= ContinuationDistance)
                {
                    speaker = previous;
                }

                if (speaker == null && !title)
                {
                    // No attribution of its own: whoever the sentence (or the one before) is about said it.
                    // "He warned that a rival would be “…”": a pronoun that opens the sentence refers back from where it stands.
                    var subject = finder.SentenceSubject(quote, floor);
                    speaker = PersonOrPronoun(subject, resolver, quote, subject == null ? quote.OpenIndex : PronounAt(words[quote.Paragraph], subject, quote.OpenIndex, finder.Bounds(quote))) ??
                              PersonOrPronoun(finder.PreviousSentenceSubject(quote), resolver, quote);
                }
                speakers[q] = speaker;
                if (speaker != null)
                {
                    resolver.Spoke(speaker, quote.Paragraph, quote.OpenIndex);
                    previous = speaker;
                    previousParagraph = quote.EndParagraph;
                }
            }

            SharePairedQuotes(paragraphs, finder, quotes, speakers);
            return speakers;
        }

        /// <summary>
        /// <c>The promise to “fix the harbour” and “bring back the ferry” appeals to …, said Jo Bloggs.</c>: two quotes joined
        /// only by <c>and</c>, <c>or</c> or a comma are one speaker's; the first, which found nobody, takes the second's. So
        /// does a quote whose sentence ends in the next quote's attribution (<c>Sales were “flat” as buyers waited for a “calmer
        /// year,” she said.</c>): the attribution after a sentence covers all of it.
        /// </summary>
        private static void SharePairedQuotes(IReadOnlyList<string> paragraphs, AttributionFinder finder, IReadOnlyList<ScannedQuote> quotes, string?[] speakers)
        {
            for (var q = quotes.Count - 2; q >= 0; q--)
            {
                var first = quotes[q];
                var next = quotes[q + 1];
                if (speakers[q] != null || speakers[q + 1] == null || first.EndParagraph != next.Paragraph || first.Paragraph != first.EndParagraph ||
                    IsTitle(first.Text) || next.OpenIndex <= first.EndIndex)
                {
                    continue;
                }

                var t = paragraphs[first.Paragraph];
                if (InOneSentence(t, first, next) && finder.After(next) != null)
                {
                    speakers[q] = speakers[q + 1];
                    continue;
                }

                var conjunction = true;
                var words = 0;
                for (var i = first.EndIndex; words <= 1 && Words.TryNext(t, ref i, next.OpenIndex, out var w);)
                {
                    words++;
                    conjunction &= w.Is("and") || w.Is("or");
                }

                if (words == 1 ? conjunction : words == 0 && Words.OnlySpaceBetween(t, first.EndIndex, next.OpenIndex, ","))
                {
                    speakers[q] = speakers[q + 1];
                }
            }
        }

        /// <summary>
        /// Where the words of a quote's own sentence may start: after the quote before it in the paragraph, whose
        /// attribution they may be; a quote nobody was given (a title, a scare quote) is a part of the sentence like any
        /// other words (<c>Jo Bloggs, the author of “Salt Roads,” said the town had lost “…”</c>), so the floor before it holds.
        /// </summary>
        private static int Floor(IReadOnlyList<ScannedQuote> quotes, string?[] speakers, int[] floors, int q)
        {
            if (q == 0 || quotes[q - 1].EndParagraph != quotes[q].Paragraph)
            {
                return 0;
            }

            if (speakers[q - 1] != null)
            {
                return quotes[q - 1].EndIndex;
            }

            // Bounded, so a paragraph of thousands of scare quotes is read in linear time.
            return System.Math.Max(quotes[q - 1].Paragraph == quotes[q].Paragraph ? floors[q - 1] : 0, quotes[q - 1].OpenIndex - MaxReachPastUnattributed);
        }

        /// <summary>
        /// Where a pronoun that names the speaker stands: opening the quote's sentence (<c>He says Jo Bloggs would “…”</c>),
        /// it refers back from there, not from the quote, past the names between; else the quote's opening.
        /// </summary>
        private static int PronounAt(ParagraphWords paragraph, string phrase, int openIndex, QuoteBounds bounds)
        {
            // "he" and "she": a longer phrase is no pronoun, and is not copied lower-case to find out.
            if (phrase.Length > 3)
            {
                return openIndex;
            }

            var lower = phrase.ToLowerInvariant();
            if (!Lexicon.PersonPronouns.Contains(lower))
            {
                return openIndex;
            }

            // The pronoun opens the sentence ("He says", "But she warned"): as its subject, it speaks the quote.
            var words = paragraph.In(bounds.SentenceStart, openIndex);
            var first = words.Count > 1 && Lexicon.ClauseOpeners.Contains(words[0]) ? 1 : 0;
            return first < words.Count && words[first].LowerIs(lower) ? words[first].Start : openIndex;
        }

        /// <summary>The person a paragraph's <c>Name:</c> label names, when the quote follows it (<see cref="SpeakerLabel"/>).</summary>
        private static string? Labelled(ParagraphWords paragraph, ScannedQuote quote, int floor, SpeakerResolver resolver)
        {
            var label = SpeakerLabel.Find(paragraph, quote, floor);
            var resolved = label == null ? null : resolver.Resolve(label, quote.Paragraph, quote.OpenIndex);
            if (resolved == null)
            {
                return null;
            }

            var words = Words.Split(resolved);
            return Names.IsPersonName(words, 0, words.Count) || resolver.IsKnownPerson(resolved) ? resolved : null;
        }

        /// <summary>A previous sentence's subject speaks the quote only when it is a person (or stands for one).</summary>
        private static string? PersonOrPronoun(string? subject, SpeakerResolver resolver, ScannedQuote quote, int index = -1)
        {
            if (subject == null)
            {
                return null;
            }

            var resolved = resolver.Resolve(subject, quote.Paragraph, index < 0 ? quote.OpenIndex : index);
            if (resolved == null)
            {
                return null;
            }

            // A pronoun needs no split of the name it resolved to.
            if (Lexicon.PersonPronouns.Contains(subject))
            {
                return resolved;
            }

            var words = Words.Split(resolved);
            return Names.IsPersonName(words, 0, words.Count) ? resolved : null;
        }

        /// <summary>A sentence's subject speaks a quote inside it only when it is a person the article names, or a pronoun for one.</summary>
        private static string? KnownPersonOrPronoun(string? subject, SpeakerResolver resolver, ScannedQuote quote)
        {
            var resolved = subject == null ? null : resolver.Resolve(subject, quote.Paragraph, quote.OpenIndex);
            return resolved != null && (Lexicon.PersonPronouns.Contains(subject!) || resolver.IsKnownPerson(resolved)) ? resolved : null;
        }

        /// <summary>
        /// <c>“Meet the Press”</c>, <c>“An American Son.”</c>, <c>“New Day”</c>: every word of four letters or more capitalised names a show,
        /// a book or a slogan, which nobody in the sentence is saying.
        /// </summary>
        private static bool IsTitle(string text)
        {
            // And one capitalised word at least: "New Day" is a title, "fog of war" (short words only) is none.
            var capitalised = 0;
            for (var i = 0; Words.TryNext(text, ref i, text.Length, out var w);)
            {
                if (w.End - w.Start >= 4 && !w.IsCapitalized)
                {
                    return false;
                }

                if (w.End - w.Start >= 3 && w.IsCapitalized)
                {
                    capitalised++;
                }
            }

            return capitalised > 0;
        }

        /// <summary>
        /// Two quotes of one paragraph stand in one sentence, the first inside its predicate: words come before it (a quote
        /// that opens the sentence is what the sentence talks about, a slogan or a title), it ends in no full stop, question or
        /// exclamation mark, and no sentence or semicolon's clause ends between them.
        /// </summary>
        private static bool InOneSentence(string t, ScannedQuote first, ScannedQuote next)
        {
            var inner = first.InnerEnd;
            if (!first.Closed || inner == '.' || inner == '?' || inner == '!' || next.OpenIndex - first.EndIndex > SentenceBounds.MaxSentence ||
                Words.OnlySpaceBetween(t, SentenceBounds.SentenceStart(t, first.OpenIndex), first.OpenIndex))
            {
                return false;
            }

            for (var i = first.EndIndex; i < next.OpenIndex; i++)
            {
                if (t[i] == ';' || SentenceBounds.IsEndAt(t, i))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The paragraph holds nothing but the quote (a multi-paragraph quote counts from its first paragraph).</summary>
        private static bool StandsAlone(IReadOnlyList<string> paragraphs, ScannedQuote quote)
        {
            var opening = paragraphs[quote.Paragraph];
            var closing = paragraphs[quote.EndParagraph];
            return Words.OnlySpaceBetween(opening, 0, quote.OpenIndex) && Words.OnlySpaceBetween(closing, quote.EndIndex, closing.Length, ".,;:!?");
        }

        /// <summary>
        /// The quoted stretches of every paragraph, paragraph by paragraph and in order within each: paragraph p's are
        /// <c>[firstSpan[p], firstSpan[p + 1])</c>. One array for the article, counted first, as most paragraphs hold no quote.
        /// </summary>
        private static (int Start, int End)[] QuotedSpans(IReadOnlyList<ScannedQuote> quotes, IReadOnlyList<string> paragraphs, out int[] firstSpan)
        {
            // Indexed loops: a foreach over the interface would make an enumerator and call through it per quote.
            firstSpan = new int[paragraphs.Count + 1];
            for (var k = 0; k < quotes.Count; k++)
            {
                for (var p = quotes[k].Paragraph; p <= quotes[k].EndParagraph; p++)
                {
                    firstSpan[p]++;
                }
            }

            // Summed, each paragraph's entry is where its stretches end; placing them from the last quote back moves it to
            // where they start, and keeps each paragraph's in the quotes' order.
            for (var p = 1; p <= paragraphs.Count; p++)
            {
                firstSpan[p] += firstSpan[p - 1];
            }

            var spans = new (int Start, int End)[firstSpan[paragraphs.Count]];
            for (var k = quotes.Count - 1; k >= 0; k--)
            {
                var q = quotes[k];
                for (var p = q.EndParagraph; p >= q.Paragraph; p--)
                {
                    spans[--firstSpan[p]] = (p == q.Paragraph ? q.OpenIndex : -1, p == q.EndParagraph ? q.EndIndex : paragraphs[p].Length + 1);
                }
            }

            return spans;
        }
    }
}
