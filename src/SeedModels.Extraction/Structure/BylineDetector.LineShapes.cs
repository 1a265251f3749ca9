using System;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Byline lines of other shapes: the date before the author, a syndicated story's source line, a job title or a publication alone under the byline.</summary>
    internal static partial class BylineDetector
    {
        /// <summary>
        /// The date, a bar, then the author (<c>March 4, 2024 | Jane Doe</c>, <c>4 March 2024 · Jane Doe</c>): a header that
        /// prints its date first. Only a person whose given name the lexicon knows: a date before a bar and capitalised words
        /// is also a section line (<c>March 4, 2024 | Harbour Life</c>).
        /// </summary>
        private static bool ReadDateFirst(LineTokens t, BylineReading reading)
        {
            var r = default(DateRunResult);
            var dateEnd = DateRun.Read(t, 0, t.Count, ref r);
            if (dateEnd == 0 || dateEnd >= t.Count || !r.HasDayAndMonth || (t.Before(dateEnd) & Separators.Bar) == 0 ||
                !(Lexicon.IsGivenNameBare(t[dateEnd]) || IsNameClosingLine(t, dateEnd)) ||
                !Read(t, dateEnd, labelled: false, reading) || !reading.NamesPerson)
            {
                return false;
            }

            reading.Date ??= r.Date;
            return true;
        }

        /// <summary>
        /// A name no list knows closing the line after the date and a bar (<c>March 3, 2024 · 6 min · Henrike Sollmann</c>), perhaps
        /// with the author's title after a comma (<c>3 March 2024 | Jane Doe, Habitat Officer</c>): two or
        /// three capitalised words standing together, none a section's (<c>Local Politics</c>), a publication's (<c>Gazette</c>) or an
        /// organisation's word.
        /// </summary>
        private static bool IsNameClosingLine(LineTokens t, int from)
        {
            // The name runs to the line's end or to a comma before the author's title (<c>Jane Doe, Habitat Officer</c>).
            var end = from;
            while (end < t.Count && (end == from || t.Before(end) == Separators.None))
            {
                end++;
            }

            var count = end - from;
            if (count < 2 || count > 3 || (end < t.Count && t.Before(end) != Separators.Comma))
            {
                return false;
            }

            for (var k = from; k < end; k++)
            {
                if (Lexicon.SectionWords.ContainsBare(t[k]) || Lexicon.PublicationWords.ContainsBare(t[k]))
                {
                    return false;
                }
            }

            return Names.IsPersonName(t.WordArray, from, end);
        }

        /// <summary>
        /// A syndicated story's source line: the publication it came from, the date, then the author (<c>The Kettering
        /// Herald 02/10/2020 Jane Doe</c>). The publication is neither author nor agency.
        /// </summary>
        private static bool ReadSyndicated(LineTokens t, BylineReading reading)
        {
            for (var k = 1; k < t.Count && k <= 4; k++)
            {
                if (t.Before(k) != Separators.None || !t[k - 1].IsCapitalized || !char.IsLetter(t[k - 1].First))
                {
                    return false;
                }

                var r = default(DateRunResult);
                var dateEnd = DateRun.Read(t, k, t.Count, ref r);
                if (dateEnd > k && r.HasDayAndMonth && dateEnd < t.Count)
                {
                    if (!Read(t, dateEnd, labelled: false, reading) || !reading.NamesPerson)
                    {
                        return false;
                    }

                    reading.Date ??= r.Date;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Most capitalised words no list holds in a job title under a name (<c>Local Journalism Initiative Reporter</c>).</summary>
        private const int MaxUnknownTitleWords = 2;

        /// <summary>Most words of a job title that holds such words.</summary>
        private const int MaxTitleWordsWithUnknown = 5;

        /// <summary>
        /// A line that is only the author's job title, set under the byline: <c>Freelance sports writer</c>, <c>Assistant Sports
        /// Editor Follow</c>.
        /// </summary>
        public static bool IsRoleLine(string line)
        {
            // Up to seven words, read in place.
            var role = false;
            var lastIsRole = false;
            var unknown = 0;
            var count = 0;
            var at = 0;
            while (Words.TryNext(line, ref at, line.Length, out var w))
            {
                if (++count > 7)
                {
                    return false;
                }

                var roleWord = IsRoleWord(w) || Lexicon.IsOccupationBare(w);
                if (!roleWord && !Lexicon.RoleModifiers.ContainsBare(w) && !w.IsOneOfLower(Connectors) && !w.LowerIs("follow"))
                {
                    // A beat or a scheme's name before the job's word ("Local Democracy Reporter", "Local Journalism Initiative
                    // Reporter"): capitalised words no list holds, the title closing on the role.
                    if (!w.IsCapitalized || ++unknown > MaxUnknownTitleWords)
                    {
                        return false;
                    }
                }

                role |= roleWord;
                lastIsRole = roleWord;
            }

            // An agency's name closing on such a word ("The Associated Press") is the agency's, not a title.
            return role && (unknown == 0 || (lastIsRole && count <= MaxTitleWordsWithUnknown && !Lexicon.Agencies.Contains(line)));
        }

        /// <summary>
        /// A line that is only a publication's name, set under the author's (<c>The Westhaven Courier</c>, <c>Harbour Daily
        /// News</c>): capitalised words, the last a newspaper's word.
        /// </summary>
        public static bool IsPublicationLine(string line)
        {
            var count = 0;
            var at = 0;
            var last = default(Word);
            while (Words.TryNext(line, ref at, line.Length, out var w))
            {
                if (++count > 6 || !(w.IsCapitalized || w.IsOneOfLower(Connectors)) || !char.IsLetter(w.First))
                {
                    return false;
                }

                last = w;
            }

            return count > 0 && Lexicon.PublicationWords.ContainsBare(last);
        }
    }
}
