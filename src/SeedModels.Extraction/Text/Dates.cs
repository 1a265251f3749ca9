using System;
using System.Globalization;

namespace SeedModels.Extraction.Text
{
    /// <summary>Reads the date forms articles use: <c>2021-01-07</c>, <c>7 January 2021</c>, <c>January 7, 2021</c>, <c>Jan 7</c>.</summary>
    internal static class Dates
    {
        /// <summary>The first letters of the weekdays (<c>mon</c> … <c>sun</c>) and the months (<c>jan</c> … <c>dec</c>).</summary>
        private const string DateInitials = "mtwfsjaond";

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
        public static bool CanStartDate(string word) =>
            word.Length > 0 && IsDateInitial(word[0]) && (IsWeekday(word) || TryDay(word, out _) || MonthNumber(word) > 0);

        /// <summary>The same test on a word in place: most words fail on their first character before any string is made.</summary>
        public static bool CanStartDate(Word word) => IsDateInitial(word.First) && CanStartDate(word.Text);

        /// <summary>
        /// A day starts with an ASCII digit (all <c>int.TryParse</c> reads); a weekday or a month, lower-cased, with one
        /// of <see cref="DateInitials"/>.
        /// </summary>
        private static bool IsDateInitial(char first) => (first >= '0' && first <= '9') || DateInitials.IndexOf(char.ToLowerInvariant(first)) >= 0;

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

        private static bool IsWeekday(string word)
        {
            var w = word.TrimEnd(CommaOrDot).ToLowerInvariant();
            return w.Length >= 3 && (w.EndsWith("day", StringComparison.Ordinal) || w is "mon" or "tue" or "tues" or "wed" or "thu" or "thurs" or "fri" or "sat" or "sun") &&
                   (w.StartsWith("mon", StringComparison.Ordinal) || w.StartsWith("tue", StringComparison.Ordinal) || w.StartsWith("wed", StringComparison.Ordinal) ||
                    w.StartsWith("thu", StringComparison.Ordinal) || w.StartsWith("fri", StringComparison.Ordinal) || w.StartsWith("sat", StringComparison.Ordinal) ||
                    w.StartsWith("sun", StringComparison.Ordinal));
        }
    }
}
