using System;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Agencies and organisations signing a story (<c>Associated Press</c>, <c>Gazette Staff</c>).</summary>
    internal static partial class BylineDetector
    {
        /// <summary>Most words the place after a wire's name runs to (<c>Port Elmsworth</c>).</summary>
        private const int MaxPlaceWordsAfterWire = 3;

        /// <summary>
        /// <c>By Staff The Canadian Press</c>, <c>By Staff, Associated Press</c>: the paper's staff, then whose copy it is. The
        /// staff's words name nobody, so the names are read from the publication or wire after them; otherwise
        /// <paramref name="start"/>.
        /// </summary>
        private static int PastStaffBeforePublication(LineTokens t, int start)
        {
            var i = start;
            while (i < t.Count && i - start < 2 && (i == start || t.Before(i) == Separators.None) && Lexicon.StaffWords.ContainsBare(t[i]))
            {
                i++;
            }

            if (i == start || i >= t.Count || (t.Before(i) != Separators.None && t.Before(i) != Separators.Comma))
            {
                return start;
            }

            // Only a publication's name, which opens with "The" or is a wire: "By Staff Reporter" keeps its reading.
            return t[i].Is("The") || AgencyEnd(t, i) > i ? i : start;
        }

        /// <summary>The end of an agency's name at <paramref name="p"/> (<c>Associated Press</c>, <c>AFP</c>), else <paramref name="p"/>.</summary>
        private static int AgencyEnd(LineTokens t, int p)
        {
            if (!char.IsUpper(t[p].First) && !t[p].LowerIs("the"))
            {
                return p;
            }

            // The agency's words stand together: no separator inside.
            var limit = p + 1;
            while (limit < t.Count && limit - p < Lexicon.Agencies.MaxWords && t.Before(limit) == Separators.None)
            {
                limit++;
            }

            for (var end = limit; end > p; end--)
            {
                if (Lexicon.Agencies.Contains(t.Source, t[p].Start, t[end - 1].End))
                {
                    // "AP Photo" is a credit, not the agency signing the story.
                    return end < t.Count && t.Before(end) == Separators.None && Lexicon.CreditSources.ContainsBare(t[end]) ? p : end;
                }
            }

            return p;
        }

        /// <summary>
        /// Whether an agency's name of two words or more (<c>Associated Press</c>) starts at <paramref name="i"/>, after at
        /// least two words of a name: <c>By JANE DOE Associated Press</c> names her and the wire. One-word agencies are
        /// also given names and surnames, so they need a separator, unless set in capitals as a wire's initials closing the
        /// line or its part (<c>Jane Doe AAP</c>, <c>By Jane Doe PTI | …</c>).
        /// </summary>
        private static bool StartsSignedAgency(LineTokens t, int p, int i)
        {
            if (i - p < 2 || !t[i].IsCapitalized)
            {
                return false;
            }

            if (i + 1 >= t.Count || t.Before(i + 1) != Separators.None)
            {
                return t[i].IsAllCaps && t[i].End - t[i].Start >= 2 && AgencyEnd(t, i) == i + 1;
            }

            return AgencyEnd(t, i) >= i + 2;
        }

        /// <summary>An organisation signing the story after a label: capitalised words, no date, no heading words.</summary>
        private static bool IsOrganisation(LineTokens t, int p, int run)
        {
            if (run - p < 1 || run - p > 5)
            {
                return false;
            }

            for (var k = p; k < run; k++)
            {
                var w = t[k];
                if (!char.IsUpper(w.First) || Lexicon.CalendarWords.ContainsBare(w) || (k == p && Lexicon.FunctionWords.ContainsBare(w)))
                {
                    return false;
                }
            }

            var (from, to) = (t[p].Start, t[run - 1].End);
            return !IsOnlyJobOrDesk(t, p, run) && !Lexicon.FurnitureLines.Contains(t.Source, from, to) && !Lexicon.LinkListLabels.Contains(t.Source, from, to);
        }

        /// <summary>
        /// Words that name no one: a job title or a desk (<c>Staff Writer</c>, <c>Senior Correspondent</c>, <c>News Desk</c>,
        /// <c>Local News</c>). A byline holds people or an organisation, never a title or a section.
        /// </summary>
        private static bool IsOnlyJobOrDesk(LineTokens t, int p, int run)
        {
            for (var k = p; k < run; k++)
            {
                var w = t[k];
                if (!IsRoleWord(w) && !Lexicon.RoleModifiers.ContainsBare(w) && !Lexicon.SectionWords.ContainsBare(w) && !w.LowerIs("correspondents"))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The place a wire files from, printed after its name with no mark between (<c>Reuters Westhaven</c>, <c>Press Trust
        /// of India Port Elmsworth</c>): capitalised words that close the line or stand before a bar, no date, month, job or
        /// known given name among them. Returns where the place ends, or <paramref name="i"/>.
        /// </summary>
        private static int ReadPlaceAfterWire(LineTokens t, int i, BylineReading reading)
        {
            if (i >= t.Count || t.Before(i) != Separators.None || Lexicon.IsGivenNameBare(t[i]))
            {
                return i;
            }

            var end = i;
            while (end < t.Count && end - i < MaxPlaceWordsAfterWire && (end == i || t.Before(end) == Separators.None))
            {
                var w = t[end];
                if (!char.IsLetter(w.First) || !char.IsUpper(w.First) || Lexicon.CalendarWords.ContainsBare(w) || IsRoleWord(w) || StartsDate(t, end) ||
                    Lexicon.CreditSources.ContainsBare(w) || Lexicon.CreditLabelWords.ContainsBare(w) || Lexicon.PublicationWords.ContainsBare(w) ||
                    Lexicon.ShareActionWords.ContainsBare(w))
                {
                    return i;
                }

                end++;
            }

            if (end == i || (end < t.Count && (t.Before(end) & Separators.Bar) == 0))
            {
                return i;
            }

            reading.Place ??= t.Span(i, end);
            return end;
        }
    }
}
