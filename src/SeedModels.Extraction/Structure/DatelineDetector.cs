using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides where and when the story was filed: a wire prefix (<c>WASHINGTON (Reuters) -</c>,
    /// <c>LONDON, Jan 7 (AP) —</c>) or a date line (<c>Published 7 January 2021</c>, <c>January 7, 2021</c>).
    /// </summary>
    internal static class DatelineDetector
    {
        private static readonly Prefixes DateLabels = new Prefixes("published on", "first published", "last updated", "published", "updated", "posted", "date");

        /// <summary>A line that is only a date, perhaps labelled and followed by a time.</summary>
        public static bool TryReadDateLine(string line, out DateTime? date)
        {
            date = null;
            var text = line.Trim();
            foreach (var label in DateLabels.For(text))
            {
                if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && text.Length > label.Length && !char.IsLetter(text[label.Length]))
                {
                    text = text.Substring(label.Length).TrimStart(' ', ':');
                    break;
                }
            }

            // Every non-blank line comes here, and nearly none is a date: look at the first word before splitting the line.
            if (!Words.TryFirst(text, 0, text.Length, out var first) || first.Start > 0 || !Dates.CanStartDate(first))
            {
                return false;
            }

            var words = Words.Split(text);
            var parts = new string[words.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = words[i].Text;
            }

            var used = Dates.TryRead(parts, 0, out var year, out var month, out var day);
            if (used == 0 || words[0].Start > 0)
            {
                return false;
            }

            // Only a time of day or a zone may follow the date: "10.42am", "GMT".
            for (var i = used; i < parts.Length; i++)
            {
                if (!IsTimeWord(parts[i]))
                {
                    return false;
                }
            }

            date = year > 0 ? new DateTime(year, month, day) : (DateTime?)null;
            return true;
        }

        /// <summary>
        /// Reads a wire prefix at the start of a paragraph. Returns its length (what to cut from the paragraph),
        /// 0 when there is none.
        /// </summary>
        public static int TryReadWirePrefix(string text, out string? place, out string? agency, out int month, out int day, out int year)
        {
            place = agency = null;
            month = day = year = 0;
            // The place runs to a parenthesis, a comma or a spaced dash, within 80 characters.
            var i = 0;
            while (i < text.Length && i < 80 && !(text[i] == '(' || text[i] == ',' || (Chars.IsDash(text[i]) && i > 0 && text[i - 1] == ' ')))
            {
                i++;
            }

            // Most first paragraphs run on past four words: counted before the place is copied (white space counts no word).
            var placeEnd = i;
            if (Chars.CountWords(text, 0, placeEnd, limit: 5) > 4)
            {
                return 0;
            }

            var allCaps = true;
            for (var k = 0; k < placeEnd; k++)
            {
                if (char.IsLetter(text[k]) && !char.IsUpper(text[k]))
                {
                    allCaps = false;
                    break;
                }
            }

            var placeText = text.Substring(0, placeEnd).Trim();
            if (placeText.Length < 2 || Chars.CountWords(placeText) > 4 || !AllWordsCapitalized(placeText))
            {
                return 0;
            }

            // ", Jan 7" or ", Jan. 7, 2021"
            if (i < text.Length && text[i] == ',')
            {
                var close = IndexOfAny(text, i + 1, "(\u2013\u2014-");
                var dateText = close < 0 ? string.Empty : text.Substring(i + 1, close - i - 1);
                var words = Words.Split(dateText);
                var parts = new string[words.Count];
                for (var k = 0; k < parts.Length; k++)
                {
                    parts[k] = words[k].Text;
                }

                var used = Dates.TryRead(parts, 0, out year, out month, out day);
                if (used == 0 || used != parts.Length)
                {
                    // "WASHINGTON, D.C. (Reuters) -": a second place part rather than a date.
                    if (words.Count == 0 || words.Count > 3 || !Names.IsAllCaps(dateText))
                    {
                        return 0;
                    }

                    placeText = placeText + "," + dateText.TrimEnd();
                    month = day = year = 0;
                }

                i = close;
            }

            var hasAgency = false;
            i = Chars.SkipSpaces(text, i, text.Length);
            if (i < text.Length && text[i] == '(')
            {
                var close = text.IndexOf(')', i);
                if (close < 0 || close - i > 40)
                {
                    return 0;
                }

                agency = text.Substring(i + 1, close - i - 1).Trim();
                hasAgency = agency.Length > 0 && Chars.CountWords(agency) <= 4 && AllWordsCapitalized(agency);
                i = Chars.SkipSpaces(text, close + 1, text.Length);
            }

            if (i >= text.Length || !Chars.IsDash(text[i]) || (!allCaps && !hasAgency))
            {
                place = agency = null;
                month = day = year = 0;
                return 0;
            }

            i++;
            while (i < text.Length && (Chars.IsDash(text[i]) || text[i] == ' '))
            {
                i++;
            }

            place = allCaps ? Names.TitleCase(placeText) : placeText;
            return i;
        }

        private static bool AllWordsCapitalized(string s)
        {
            foreach (var w in Words.Split(s))
            {
                if (!w.IsCapitalized)
                {
                    return false;
                }
            }

            return true;
        }

        private static int IndexOfAny(string s, int start, string chars)
        {
            for (var i = start; i < s.Length && i < start + 40; i++)
            {
                if (chars.IndexOf(s[i]) >= 0 && (s[i] != '-' || (i > 0 && s[i - 1] == ' ')))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsTimeWord(string word)
        {
            var w = word.ToLowerInvariant();
            if (w is "gmt" or "bst" or "utc" or "et" or "est" or "edt" or "pt" or "pst" or "pdt" or "cet" or "aest" or "aedt" or "am" or "pm" or "at" or "updated")
            {
                return true;
            }

            return w.Length > 0 && char.IsDigit(w[0]) && (w.EndsWith("am", StringComparison.Ordinal) || w.EndsWith("pm", StringComparison.Ordinal) || w.IndexOf(':') > 0 || w.IndexOf('.') > 0 || w.Length <= 2);
        }
    }
}
