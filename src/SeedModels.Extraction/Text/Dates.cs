using System;
using System.Collections.Generic;
using System.Globalization;

namespace SeedModels.Extraction.Text
{
    /// <summary>Reads the date forms articles use: <c>2021-01-07</c>, <c>7 January 2021</c>, <c>January 7, 2021</c>, <c>Jan 7</c>.</summary>
    internal static class Dates
    {
        /// <summary>How every weekday and month name a date can start with begins.</summary>
        private static readonly string[] DatePrefixes =
        {
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        };

        /// <summary><see cref="DatePrefixes"/> by <see cref="PrefixIndex"/>.</summary>
        private static readonly bool[] DatePrefixTable = MakePrefixTable();

        private static int PrefixIndex(char a, char b, char c) => (((a - 'a') * 26) + (b - 'a')) * 26 + (c - 'a');

        private static bool[] MakePrefixTable()
        {
            var table = new bool[26 * 26 * 26];
            foreach (var prefix in DatePrefixes)
            {
                table[PrefixIndex(prefix[0], prefix[1], prefix[2])] = true;
            }

            return table;
        }

        /// <summary>What may follow a day or a weekday: <c>7,</c>, <c>Thurs.</c></summary>
        private static readonly char[] CommaOrDot = { ',', '.' };

        private static readonly string[] MonthNames =
        {
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        };

        /// <summary>
        /// Strict <c>yyyy-MM-dd</c>, the only form annotations accept. Ten characters, four ASCII digits, a hyphen, two, a
        /// hyphen, two, are read here: the framework's exact parse of such a text succeeds exactly when the year is at least 1,
        /// the month 1 to 12 and the day within the month, and gives that date (the tests check it against the framework for
        /// every month and day from 00 to 99 in ten years, 0000 and leap years among them). Any other text goes to the
        /// framework, whose format parser costs more than the rest of the annotation checks together.
        /// </summary>
        public static bool TryParseIso(string value, out DateTime date)
        {
            if (value.Length != 10 || value[4] != '-' || value[7] != '-' || !TwoDigits(value, 0) || !TwoDigits(value, 2) || !TwoDigits(value, 5) ||
                !TwoDigits(value, 8))
            {
                return DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
            }

            var year = (TwoDigitNumber(value, 0) * 100) + TwoDigitNumber(value, 2);
            var month = TwoDigitNumber(value, 5);
            var day = TwoDigitNumber(value, 8);
            if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateTime(year, month, day);
                return true;
            }

            date = default;
            return false;
        }

        /// <summary>Two ASCII digits at <paramref name="i"/>.</summary>
        private static bool TwoDigits(string s, int i) => s[i] >= '0' && s[i] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9';

        private static int TwoDigitNumber(string s, int i) => ((s[i] - '0') * 10) + (s[i + 1] - '0');

        /// <summary>1–12 for a month name or its abbreviation (<c>Jan</c>, <c>Sept.</c>), else 0.</summary>
        public static int MonthNumber(string word) => MonthNumber(word, 0, word.Length);

        /// <summary><see cref="MonthNumber(string)"/> of [start, end) of <paramref name="s"/>, read in place.</summary>
        public static int MonthNumber(string s, int start, int end)
        {
            while (end > start && s[end - 1] == '.')
            {
                end--;
            }

            var length = end - start;
            if (length < 3 || length > 9)
            {
                return 0;
            }

            for (var i = 0; i < MonthNames.Length; i++)
            {
                var name = MonthNames[i];
                if ((length == name.Length || (length <= 4 && length < name.Length)) && LowerStartsWith(s, start, end, name))
                {
                    return i + 1;
                }
            }

            return 0;
        }

        /// <summary>Whether [start, end) lower-cased is the start of <paramref name="lower"/> (all of it when as long).</summary>
        private static bool LowerStartsWith(string s, int start, int end, string lower)
        {
            if (end - start > lower.Length)
            {
                return false;
            }

            for (var k = start; k < end; k++)
            {
                if (Chars.ToLowerInvariant(s[k]) != lower[k - start])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether a date in words can start with <paramref name="word"/>: a weekday, a day or a month. <see cref="TryRead(string[], int, out int, out int, out int)"/>
        /// reads nothing from words that fail this, so callers can test one word before splitting a whole line.
        /// </summary>
        public static bool CanStartDate(string word) => IsWeekday(word) || TryDay(word, out _) || MonthNumber(word) > 0;

        /// <summary>
        /// The same test on a word in place. A day starts with an ASCII digit (all <c>int.TryParse</c> reads); a weekday
        /// or a month with the three letters of its abbreviation: most words fail before any string is made.
        /// </summary>
        public static bool CanStartDate(Word word)
        {
            if (word.First >= '0' && word.First <= '9')
            {
                return TryDay(word.Source, word.Start, word.End, out _);
            }

            if (word.End - word.Start < 3)
            {
                return false;
            }

            // Weekdays and months open with one of these letters.
            var initial = Chars.ToLowerInvariant(word.First);
            if (initial is not ('m' or 't' or 'w' or 'f' or 's' or 'j' or 'a' or 'o' or 'n' or 'd'))
            {
                return false;
            }

            // Per character, as the string tests lower-case every character that can become ASCII; lower-cased once, not per prefix.
            var second = Chars.ToLowerInvariant(word.Source[word.Start + 1]);
            var third = Chars.ToLowerInvariant(word.Source[word.Start + 2]);
            // The three letters looked up in a table of the prefixes (every prefix is three ASCII lower-case letters).
            return second >= 'a' && second <= 'z' && third >= 'a' && third <= 'z' && DatePrefixTable[PrefixIndex(initial, second, third)] &&
                   (IsWeekday(word.Source, word.Start, word.End) || MonthNumber(word.Source, word.Start, word.End) > 0);
        }

        /// <summary>
        /// Reads a date written in words at the start of <paramref name="words"/>: day-month-year or month-day-year,
        /// with or without a weekday or the year. Returns how many words it used, 0 when none.
        /// </summary>
        public static int TryRead(string[] words, int start, out int year, out int month, out int day)
        {
            year = month = day = 0;
            var i = start;
            if (i < words.Length && IsWeekday(words[i]))
            {
                i++;
            }

            if (i < words.Length && TryDay(words[i], out day) && i + 1 < words.Length && (month = MonthNumber(words[i + 1])) > 0)
            {
                i += 2;
            }
            else if (i < words.Length && (month = MonthNumber(words[i])) > 0 && i + 1 < words.Length && TryDay(words[i + 1], out day))
            {
                i += 2;
            }
            else
            {
                month = day = 0;
                return 0;
            }

            if (i < words.Length && words[i].Length == 4 && int.TryParse(words[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y > 1000)
            {
                year = y;
                i++;
            }

            if (year > 0 && !IsValid(year, month, day))
            {
                year = 0;
            }

            return i - start;
        }

        /// <summary>The same reading over words in place (<paramref name="end"/> exclusive), copying none.</summary>
        public static int TryRead(Word[] words, int start, int end, out int year, out int month, out int day)
        {
            year = month = day = 0;
            var i = start;
            if (i < end && IsWeekday(words[i].Source, words[i].Start, words[i].End))
            {
                i++;
            }

            if (i + 1 < end && TryDay(words[i].Source, words[i].Start, words[i].End, out day) && (month = MonthNumber(words[i + 1].Source, words[i + 1].Start, words[i + 1].End)) > 0)
            {
                i += 2;
            }
            else if (i + 2 < end && words[i + 1].LowerIs("of") && TryDay(words[i].Source, words[i].Start, words[i].End, out day) &&
                     (month = MonthNumber(words[i + 2].Source, words[i + 2].Start, words[i + 2].End)) > 0)
            {
                // "4th of March, 2024"
                i += 3;
            }
            else if (i + 1 < end && (month = MonthNumber(words[i].Source, words[i].Start, words[i].End)) > 0 && TryDay(words[i + 1].Source, words[i + 1].Start, words[i + 1].End, out day))
            {
                i += 2;
            }
            else
            {
                month = day = 0;
                return 0;
            }

            // The year, perhaps closing a sentence ("March 4, 2024.").
            if (i < end && words[i].BareEnd - words[i].Start == 4 && TryDigits(words[i].Source, words[i].Start, words[i].BareEnd, out var y) && y > 1000)
            {
                year = y;
                i++;
            }

            if (year > 0 && !IsValid(year, month, day))
            {
                year = 0;
            }

            return i - start;
        }

        private static bool TryDigits(string s, int start, int end, out int value)
        {
            value = 0;
            if (end <= start || end - start > 9)
            {
                return false;
            }

            for (var k = start; k < end; k++)
            {
                if (s[k] < '0' || s[k] > '9')
                {
                    return false;
                }

                value = (value * 10) + (s[k] - '0');
            }

            return true;
        }

        /// <summary>
        /// A date written in digits as one token: ISO <c>2024-02-14</c> (also with a time, <c>2024-02-14T16:15:30Z</c>),
        /// <c>30/04/2024</c>, <c>04/30/2024</c>, <c>30.04.2024</c>. Day and month are read day first, as most of the world
        /// writes them, unless only the other order is a date. Only four-digit years are read.
        /// </summary>
        public static bool TryReadNumeric(string token, out int year, out int month, out int day)
        {
            year = month = day = 0;
            var end = token.IndexOf('T');
            end = end > 0 ? end : token.Length;
            if (end < 8 || end > 10)
            {
                return false;
            }

            var parts = new int[3];
            var lengths = new int[3];
            var part = 0;
            var separator = '\0';
            for (var i = 0; i < end; i++)
            {
                var c = token[i];
                if (c >= '0' && c <= '9')
                {
                    parts[part] = (parts[part] * 10) + (c - '0');
                    lengths[part]++;
                    if (lengths[part] > 4)
                    {
                        return false;
                    }
                }
                else if ((c == '-' || c == '/' || c == '.') && (separator == '\0' || separator == c) && part < 2 && lengths[part] > 0)
                {
                    separator = c;
                    part++;
                }
                else
                {
                    return false;
                }
            }

            if (part != 2 || lengths[2] == 0)
            {
                return false;
            }

            if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2)
            {
                (year, month, day) = (parts[0], parts[1], parts[2]);
            }
            else if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2)
            {
                year = parts[2];
                (day, month) = parts[1] > 12 && parts[0] <= 12 ? (parts[1], parts[0]) : (parts[0], parts[1]);
            }
            else if (lengths[0] == 2 && lengths[1] == 2 && lengths[2] == 2 && separator != '-')
            {
                // "27/11/26", "27.11.26": a two-digit year, always written with two-digit day and month; this century's.
                year = 2000 + parts[2];
                (day, month) = parts[1] > 12 && parts[0] <= 12 ? (parts[1], parts[0]) : (parts[0], parts[1]);
            }
            else
            {
                return false;
            }

            if (year < 1900 || year > 2100 || !IsValid(year, month, day))
            {
                year = month = day = 0;
                return false;
            }

            return true;
        }

        /// <summary>
        /// A date as one token with the month in letters between dashes: <c>27-Nov-2026</c>, <c>27-November-2026</c>. Read in
        /// place.
        /// </summary>
        public static bool TryReadDashedMonth(Word w, out int year, out int month, out int day)
        {
            year = month = day = 0;
            var s = w.Source;
            var end = w.BareEnd;
            var firstDash = w.Start;
            while (firstDash < end && s[firstDash] >= '0' && s[firstDash] <= '9')
            {
                firstDash++;
            }

            if (firstDash == w.Start || firstDash >= end || s[firstDash] != '-' || end - 5 <= firstDash + 1 || s[end - 5] != '-')
            {
                return false;
            }

            if (!TryDigits(s, w.Start, firstDash, out day) || !TryDigits(s, end - 4, end, out year) || day < 1 || day > 31 || year < 1900 || year > 2100)
            {
                year = month = day = 0;
                return false;
            }

            month = MonthNumber(s, firstDash + 1, end - 5);
            if (month == 0 || !IsValid(year, month, day))
            {
                year = month = day = 0;
                return false;
            }

            return true;
        }

        /// <summary>A time of day as one token: <c>16:38</c>, <c>4:45pm</c>, <c>12.42</c>, <c>4.34pm</c>, <c>10am</c>, <c>1:15:30</c>.</summary>
        public static bool IsClockTime(string token)
        {
            var end = token.Length;
            var lower = token.ToLowerInvariant();
            if (lower.EndsWith("a.m.", StringComparison.Ordinal) || lower.EndsWith("p.m.", StringComparison.Ordinal))
            {
                end -= 4;
            }
            else if (lower.EndsWith("am", StringComparison.Ordinal) || lower.EndsWith("pm", StringComparison.Ordinal))
            {
                end -= 2;
            }

            var meridiem = end < token.Length;

            // "16:30hrs", "16:30h": the hours' word glued to a 24-hour time (East African and South Asian copy); a time with
            // minutes only, so "3hrs" stays a duration.
            if (!meridiem && (lower.EndsWith("hrs", StringComparison.Ordinal) || lower.EndsWith("h", StringComparison.Ordinal)) && token.IndexOf(':') > 0)
            {
                end -= lower.EndsWith("hrs", StringComparison.Ordinal) ? 3 : 1;
            }

            var hourDigits = 0;
            var i = 0;
            while (i < end && char.IsDigit(token[i]))
            {
                i++;
                hourDigits++;
            }

            if (hourDigits == 0 || hourDigits > 2)
            {
                return false;
            }

            if (i == end)
            {
                return meridiem; // "10am"
            }

            // ":mm" or ".mm", then perhaps ":ss"
            var groups = 0;
            while (i < end)
            {
                if ((token[i] != ':' && token[i] != '.') || i + 3 > end || !char.IsDigit(token[i + 1]) || !char.IsDigit(token[i + 2]))
                {
                    return false;
                }

                if (token[i] == '.' && groups > 0)
                {
                    return false;
                }

                i += 3;
                groups++;
            }

            return groups is 1 or 2 && int.Parse(token.Substring(0, hourDigits), CultureInfo.InvariantCulture) <= 24;
        }

        public static bool IsValid(int year, int month, int day) =>
            year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

        private static bool TryDay(string word, out int day) => TryDay(word, 0, word.Length, out day);

        /// <summary>A day of the month, 1–31, perhaps with its ordinal suffix and a comma or dot: <c>7</c>, <c>21st,</c>, <c>05</c>.</summary>
        private static bool TryDay(string s, int start, int end, out int day)
        {
            day = 0;
            while (end > start && (s[end - 1] == ',' || s[end - 1] == '.'))
            {
                end--;
            }

            if (end - start > 2 && char.IsLetter(s[end - 1]))
            {
                var a = Chars.ToLowerInvariant(s[end - 2]);
                var b = Chars.ToLowerInvariant(s[end - 1]);
                if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
                {
                    end -= 2;
                }
            }

            return TryDigits(s, start, end, out day) && day >= 1 && day <= 31;
        }

        public static bool IsWeekday(string word) => IsWeekday(word, 0, word.Length);

        /// <summary>A weekday or its abbreviation (<c>Thursday</c>, <c>Thurs.</c>, <c>Tue,</c>), read in place.</summary>
        public static bool IsWeekday(string s, int start, int end)
        {
            while (end > start && (s[end - 1] == ',' || s[end - 1] == '.'))
            {
                end--;
            }

            var length = end - start;
            if (length < 3 || length > 9)
            {
                return false;
            }

            foreach (var prefix in WeekdayPrefixes)
            {
                if (!LowerStartsWith(s, start, start + 3, prefix))
                {
                    continue;
                }

                // "Thu", "Thurs", "Tues" or the whole name ending in "day".
                return length == 3 || (length == 4 && prefix == "tue" && Chars.ToLowerInvariant(s[start + 3]) == 's') ||
                       (length == 5 && prefix == "thu" && LowerStartsWith(s, start, end, "thurs")) ||
                       (Chars.ToLowerInvariant(s[end - 3]) == 'd' && Chars.ToLowerInvariant(s[end - 2]) == 'a' && Chars.ToLowerInvariant(s[end - 1]) == 'y');
            }

            return false;
        }

        private static readonly string[] WeekdayPrefixes = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
    }
}
