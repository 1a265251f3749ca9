using System;
using System.Collections.Generic;
using SeedModels.Extraction.Annotations;
using SeedModels.Extraction.Quotes;
using SeedModels.Extraction.Segmentation;
using SeedModels.Extraction.Speakers;
using SeedModels.Extraction.Structure;

namespace SeedModels.Tests
{
    /// <summary>Builds the inputs of one engine pass from small strings, so each pass can be tested alone.</summary>
    internal static class EngineTestSupport
    {
        /// <summary>Runs the structure pass (after segmenting and reading annotations) on a small article.</summary>
        public static ArticleStructure Structure(string text)
        {
            var segmented = Segmenter.Split(text);
            return StructurePass.Build(segmented, AnnotationPass.Read(segmented));
        }

        /// <summary>One single-line text unit per string, as the unit builder would make them.</summary>
        public static List<Unit> TextUnits(params string[] paragraphs)
        {
            var mapped = Paragraphs(paragraphs);
            var units = new List<Unit>();
            for (var i = 0; i < mapped.Count; i++)
            {
                units.Add(new Unit(UnitKind.Text, mapped[i], (i * 2) + 1, 1));
            }

            return units;
        }

        /// <summary>The paragraphs as they stand in one source text, separated by blank lines, each mapped to it.</summary>
        public static List<MappedText> Paragraphs(params string[] paragraphs)
        {
            var source = string.Join("\n\n", paragraphs);
            var result = new List<MappedText>();
            var start = 0;
            foreach (var p in paragraphs)
            {
                result.Add(MappedText.Join(source, new[] { (start, start + p.Length) }));
                start += p.Length + 2;
            }

            return result;
        }

        /// <summary>
        /// A quote as the scanner reports it: <paramref name="quoted"/> (the words between the marks, with any comma
        /// inside them) stands in paragraph <paramref name="paragraph"/> right after its opening mark.
        /// </summary>
        public static ScannedQuote Quote(IReadOnlyList<string> paragraphs, int paragraph, string quoted)
        {
            var t = paragraphs[paragraph];
            var at = t.IndexOf(quoted, StringComparison.Ordinal);
            if (at < 1 || !QuoteMarks.IsAny(t[at - 1]))
            {
                throw new ArgumentException($"'{quoted}' does not follow a quotation mark in paragraph {paragraph}");
            }

            var close = at + quoted.Length;
            var closed = close < t.Length && QuoteMarks.IsAny(t[close]);
            return new ScannedQuote
            {
                Paragraph = paragraph,
                EndParagraph = paragraph,
                OpenIndex = at - 1,
                EndIndex = closed ? close + 1 : close,
                Closed = closed,
                Text = quoted.TrimEnd(',', ' '),
                InnerEnd = quoted[quoted.Length - 1],
            };
        }

        /// <summary>
        /// Every quote the scanner finds in the paragraphs, in order, with the speaker the speakers pass gives it: passes 4
        /// and 5 as the engine runs them, without the structure pass deciding what is a headline.
        /// </summary>
        public static List<(string Text, string? Speaker)> QuotesWithSpeakers(params string[] paragraphs)
        {
            var (quotes, _) = QuoteScanner.Scan(Paragraphs(paragraphs));
            var speakers = SpeakerAttributor.Attribute(paragraphs, quotes);
            var result = new List<(string Text, string? Speaker)>();
            for (var q = 0; q < quotes.Count; q++)
            {
                result.Add((quotes[q].Text, speakers[q]));
            }

            return result;
        }

        /// <summary>The speaker of the quote whose text starts with <paramref name="quoteStart"/>, in an article of the given paragraphs.</summary>
        public static string? SpeakerOfQuote(string quoteStart, params string[] paragraphs)
        {
            foreach (var (text, speaker) in QuotesWithSpeakers(paragraphs))
            {
                if (text.StartsWith(quoteStart, StringComparison.Ordinal))
                {
                    return speaker;
                }
            }

            throw new ArgumentException($"no quote starts with '{quoteStart}'");
        }

        /// <summary>A multi-paragraph quote from <paramref name="first"/> to <paramref name="last"/>, closing after <paramref name="lastWords"/>.</summary>
        public static ScannedQuote MultiParagraphQuote(IReadOnlyList<string> paragraphs, int first, int last, string lastWords)
        {
            var open = paragraphs[first].IndexOfAny(new[] { '"', '\u201C', '\'', '\u2018' });
            var end = paragraphs[last].IndexOf(lastWords, StringComparison.Ordinal) + lastWords.Length;
            return new ScannedQuote
            {
                Paragraph = first,
                EndParagraph = last,
                OpenIndex = open,
                EndIndex = end + 1,
                Closed = true,
                Text = paragraphs[first].Substring(open + 1) + "\n\n" + paragraphs[last].Substring(1, end - 1).TrimEnd(','),
                InnerEnd = lastWords[lastWords.Length - 1],
            };
        }
    }
}
