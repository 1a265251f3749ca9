using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides the standfirst: a one-sentence summary paragraph directly under the headline, before the body; or, when
    /// the byline or date follows it (<see cref="HeaderDetector"/>), a summary line without a full stop (a dek).
    /// </summary>
    internal static class StandfirstDetector
    {
        public const int MaxWords = 60;

        /// <summary>How many byline, date and furniture lines may stand between the headline and a standfirst set under them.</summary>
        private const int MaxHeaderUnitsOverStandfirst = 6;

        /// <summary>A dek is a phrase of some length, not a label or a section name.</summary>
        private const int MinDekWords = 6;

        /// <summary>
        /// A summary line under the headline with the header going on below it: one or two sentences of six words or more,
        /// full stop or not, not ending in a comma or colon.
        /// </summary>
        public static bool IsDek(string text)
        {
            var t = text.Trim();
            if (t.Length == 0 || !(char.IsUpper(t[0]) || char.IsDigit(t[0]) || Chars.IsOpeningQuote(t[0])))
            {
                return false;
            }

            var last = t[t.Length - 1];
            if (last == ',' || last == ':' || last == ';')
            {
                return false;
            }

            var words = Chars.CountWords(t, 0, t.Length, limit: MaxWords + 1);
            return words >= MinDekWords && words <= MaxWords && Sentences.Count(t, 0, t.Length, limit: 3) <= 2;
        }

        public static Unit? Detect(List<Unit> units, string? annotated)
        {
            // Past the headline, wherever it stands (under a date line or furniture), else past the furniture at the top.
            var headline = HeadlineDetector.IndexOf(units);
            var index = headline + 1;
            while (headline < 0 && index < units.Count && units[index].Kind == UnitKind.Boilerplate)
            {
                index++;
            }

            if (index < units.Count && units[index].Kind == UnitKind.Headline)
            {
                index++;
            }

            // The headline printed again right under itself (HeadlineDetector made the copy furniture): a standfirst closing with
            // its full stop may stand under it (a line without one there is as often the post's meta row).
            var underCopy = headline >= 0 && index + 1 < units.Count && units[index].Kind == UnitKind.Boilerplate && IsCopyOf(units[index], units[headline]);
            if (underCopy)
            {
                index++;
            }

            if (index >= units.Count)
            {
                return null;
            }

            var candidate = units[index];
            if (candidate.Kind == UnitKind.Standfirst && annotated == null)
            {
                return candidate;
            }

            // The header's reader found the standfirst under the byline (HeaderDetector): past the byline, date and furniture over it.
            if (annotated == null && (candidate.Kind == UnitKind.Byline || candidate.Kind == UnitKind.Dateline || candidate.Kind == UnitKind.Boilerplate))
            {
                for (var k = index + 1; k < units.Count && k <= index + MaxHeaderUnitsOverStandfirst; k++)
                {
                    var kind = units[k].Kind;
                    if (kind == UnitKind.Standfirst)
                    {
                        return units[k];
                    }

                    if (kind != UnitKind.Byline && kind != UnitKind.Dateline && kind != UnitKind.Boilerplate)
                    {
                        break;
                    }
                }
            }

            if (candidate.Kind != UnitKind.Text || candidate.HasMarkup || candidate.HadWirePrefix)
            {
                return null;
            }

            if (annotated != null)
            {
                // The annotation is the standfirst; the same words in the text are not body.
                if (Chars.CollapseSpaces(candidate.Text) == Chars.CollapseSpaces(annotated))
                {
                    candidate.Kind = UnitKind.Standfirst;
                }

                return null;
            }

            var text = candidate.Text.Trim();
            if (Units.LastText(units) <= index)
            {
                return null;
            }

            var isSentence = Sentences.IsOne(text) && candidate.WordCount <= MaxWords && Chars.IsSentenceEnd(LastLetterOrMark(text)) && !IsWriterSpeaking(text);
            if (!isSentence && (underCopy || !IsDekOverStory(units, index)))
            {
                return null;
            }

            candidate.Kind = UnitKind.Standfirst;
            return candidate;
        }

        /// <summary>
        /// A sentence in which the writer speaks of themself (<c>I</c>, <c>my</c>, <c>me</c>) quoting no one: a blog post's
        /// opening (<c>The first dry weekend of the year, so I finally got down to the allotment.</c>), not a summary of it; a
        /// standfirst speaks of the story or quotes its speaker.
        /// </summary>
        private static bool IsWriterSpeaking(string text)
        {
            if (text.IndexOf('"') >= 0 || text.IndexOf('\u201C') >= 0 || text.IndexOf('\u2018') >= 0)
            {
                return false;
            }

            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (w.Is("I") || w.Is("I'm") || w.Is("I've") || w.Is("I'd") || w.Is("I\u2019m") || w.Is("I\u2019ve") || w.LowerIs("my") || w.LowerIs("me"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A summary line without a full stop right under the headline, over the story's first paragraph (<c>Library users say
        /// the closure leaves the town without a reading room</c>, then the story): a dek, though no byline or date follows
        /// it. The paragraph under it runs longer and closes with a sentence's end, so the line is not the first of a list or
        /// of a story cut short.
        /// </summary>
        private static bool IsDekOverStory(List<Unit> units, int index)
        {
            var candidate = units[index];
            if (!candidate.IsSingleLine || index + 1 >= units.Count || !IsDek(candidate.Text) || Chars.IsSentenceEnd(LastLetterOrMark(candidate.Text.Trim())))
            {
                return false;
            }

            // "Westhaven Post - Property - Jane Doe": labels parted by dashes or bars are the page's, not a summary.
            if (CountSpacedSeparators(candidate.Text) >= 2)
            {
                return false;
            }

            var story = units[index + 1];
            if (story.Kind != UnitKind.Text || story.HasMarkup || story.WordCount <= candidate.WordCount)
            {
                return false;
            }

            var storyText = story.Text.Trim();
            return storyText.Length > 0 && Chars.IsSentenceEnd(LastLetterOrMark(storyText));
        }

        /// <summary>Whether <paramref name="copy"/> is one line of the same text as <paramref name="headline"/>'s.</summary>
        private static bool IsCopyOf(Unit copy, Unit headline)
        {
            if (!copy.IsSingleLine || !headline.IsSingleLine)
            {
                return false;
            }

            var a = copy.Text;
            var b = headline.Text;
            int aFrom = 0, aTo = a.Length, bFrom = 0, bTo = b.Length;
            Trim(a, ref aFrom, ref aTo);
            Trim(b, ref bFrom, ref bTo);
            return aTo - aFrom == bTo - bFrom && aTo > aFrom && string.CompareOrdinal(a, aFrom, b, bFrom, aTo - aFrom) == 0;
        }

        private static void Trim(string text, ref int from, ref int to)
        {
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }
        }

        /// <summary>How many dashes, bars and bullets stand between spaces in <paramref name="text"/>.</summary>
        private static int CountSpacedSeparators(string text)
        {
            var count = 0;
            for (var i = 1; i + 1 < text.Length; i++)
            {
                var c = text[i];
                if (text[i - 1] == ' ' && text[i + 1] == ' ' && (c == '-' || c == '|' || c == '\u2013' || c == '\u2014' || c == '\u2022' || c == '\u00B7'))
                {
                    count++;
                }
            }

            return count;
        }

        private static char LastLetterOrMark(string text)
        {
            var i = text.Length - 1;
            while (i > 0 && (text[i] == '"' || text[i] == '\u201D' || text[i] == '\u2019' || text[i] == '\'' || text[i] == ')'))
            {
                i--;
            }

            return text[i];
        }

    }
}
