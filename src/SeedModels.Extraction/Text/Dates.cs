using System;
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

        /// <summary>What may follow a day or a weekday: <c>7,</c>, <c>Thurs.</c></summary>
        private static readonly char[] CommaOrDot = { ',', '.' };

        private static readonly string[] MonthNames =
        {
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        };

        /// <summary>Strict <c>yyyy-MM-dd</c>, the only form annotations accept.</summary>
        public static bool TryParseIso(string value, out DateTime date) =>
            DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        /// <summary>1–12 for a month name or its abbreviation (<c>Jan</c>, <c>Sept.</c>), else 0.</summary>
        public static int MonthNumber(string word)
        {
            var w = word.TrimEnd('.').ToLowerInvariant();
            if (w.Length < 3)
            {
                return 0;
            }

            for (var i = 0; i < MonthNames.Length; i++)
            {
                if (MonthNames[i] == w || (w.Length <= 4 && MonthNames[i].StartsWith(w, StringComparison.Ordinal)))
                {
                    return i + 1;
                }
            }

            return 0;
        }

        /// <summary>
        /// Whether a date in words can start with <paramref name="word"/>: a weekday, a day or a month. <see cref="TryRead"/>
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
                return CanStartDate(word.Text);
            }

            if (word.End - word.Start < 3)
            {
                return false;
            }

            foreach (var prefix in DatePrefixes)
            {
                // Per character, as the string tests lower-case every character that can become ASCII.
                if (char.ToLowerInvariant(word.Source[word.Start]) == prefix[0] && char.ToLowerInvariant(word.Source[word.Start + 1]) == prefix[1] &&
                    char.ToLowerInvariant(word.Source[word.Start + 2]) == prefix[2])
                {
                    return CanStartDate(word.Text);
                }
            }

            return false;
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

        private static bool TryDay(string word, out int day)
        {
            var w = word.TrimEnd(CommaOrDot);
            if (w.EndsWith("st", StringComparison.OrdinalIgnoreCase) || w.EndsWith("nd", StringComparison.OrdinalIgnoreCase) ||
                w.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || w.EndsWith("th", StringComparison.OrdinalIgnoreCase))
            {
                w = w.Substring(0, w.Length - 2);
            }

            return int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day >= 1 && day <= 31;
        }

        public static bool IsWeekday(string word)
        {
            var w = word.TrimEnd(CommaOrDot).ToLowerInvariant();
            return w.Length >= 3 && (w.EndsWith("day", StringComparison.Ordinal) || w is "mon" or "tue" or "tues" or "wed" or "thu" or "thurs" or "fri" or "sat" or "sun") &&
                   (w.StartsWith("mon", StringComparison.Ordinal) || w.StartsWith("tue", StringComparison.Ordinal) || w.StartsWith("wed", StringComparison.Ordinal) ||
                    w.StartsWith("thu", StringComparison.Ordinal) || w.StartsWith("fri", StringComparison.Ordinal) || w.StartsWith("sat", StringComparison.Ordinal) ||
                    w.StartsWith("sun", StringComparison.Ordinal));
        }
    }
}
