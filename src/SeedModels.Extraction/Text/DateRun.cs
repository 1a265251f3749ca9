using System;
using System.Linq;

namespace SeedModels.Extraction.Text
{
    /// <summary>What a run of header date furniture said.</summary>
    internal struct DateRunResult
    {
        /// <summary>The first calendar date read (month and day; the year when printed).</summary>
        public int Year;
        public int Month;
        public int Day;

        /// <summary>A time of day (<c>4:45pm</c>, <c>12.42 CET</c>).</summary>
        public bool HasClock;

        /// <summary>A relative time (<c>7 hours ago</c>), which names no day.</summary>
        public bool HasRelative;

        /// <summary>A reading time (<c>6 minute read</c>).</summary>
        public bool HasReadingTime;

        /// <summary>The date read was labelled as the story's update (<c>Updated</c>, <c>Last modified</c>), not its publication.</summary>
        public bool DateIsUpdate;

        /// <summary>The last date label read, waiting for its date: 1 an update's, 2 a publication's.</summary>
        internal int PendingLabel;

        public bool HasDayAndMonth => Month > 0;

        /// <summary>The date, when the run printed a whole one (with its year).</summary>
        public DateTime? Date => Year > 0 && Dates.IsValid(Year, Month, Day) ? new DateTime(Year, Month, Day) : (DateTime?)null;

        /// <summary>Whether the run said anything about time at all: labels and separators alone say nothing.</summary>
        public bool SaysSomething => HasDayAndMonth || HasClock || HasRelative || HasReadingTime;
    }

    /// <summary>
    /// Reads the date-and-time furniture of page headers, token by token: <c>Published 30 August 2023 • 4:45pm</c>,
    /// <c>12:20pm Jan 7, 2024</c>, <c>Published on 30/04/2024 - 16:38</c>, <c>2024-02-14T16:15:30Z</c>,
    /// <c>Updated 2 hours ago</c>, <c>6 minute read</c>, <c>April 28 2023, 3:54 p.m.</c>
    /// </summary>
    internal static class DateRun
    {
        /// <summary>A date's labels, relative times and reading times (bare words), looked up as one set.</summary>
        private static readonly WordSet LabelAndTimeWords = new WordSet(Lexicon.DateLabels.Words.Concat(Lexicon.RelativeTimeWords.Words).Concat(Lexicon.ReadingTimeWords.Words));

        /// <summary>
        /// Reads tokens from <paramref name="from"/> while they are date furniture; returns the index of the first token
        /// that is not (<paramref name="to"/> when the whole range was read).
        /// </summary>
        public static int Read(LineTokens t, int from, int to, ref DateRunResult r)
        {
            var i = from;
            while (i < to)
            {
                var n = ReadOne(t, i, to, ref r);
                if (n == 0)
                {
                    return i;
                }

                i += n;
            }

            return i;
        }

        /// <summary>Whether tokens [from, to) are all date furniture that says something.</summary>
        public static bool IsWholeRun(LineTokens t, int from, int to, out DateRunResult r)
        {
            r = default;
            return from < to && Read(t, from, to, ref r) == to && r.SaysSomething;
        }

        private static int ReadOne(LineTokens t, int i, int to, ref DateRunResult r)
        {
            var w = t[i];
            var c = w.First;
            if (char.IsDigit(c))
            {
                return ReadNumber(t, i, to, ref r);
            }

            if (Dates.CanStartDate(w))
            {
                var used = Dates.TryRead(t.WordArray, i, to, out var year, out var month, out var day);
                if (used > 0)
                {
                    Remember(ref r, year, month, day);
                    return used;
                }

                // "June 2024 issue": a month and year name no day, only the magazine's issue.
                if (IsIssue(t, i + 1, to) && Dates.MonthNumber(w.Source, w.Start, w.End) > 0)
                {
                    return 3;
                }

                // A weekday standing alone ("Monday, 12:30").
                if (Dates.IsWeekday(w.Source, w.Start, w.End))
                {
                    return 1;
                }

                return 0;
            }

            // "Mar 12, 2020 @ 10:42 am": the at sign stands for "at"; "Mar 12, 2020 / 10:42 AM EDT": a slash standing alone
            // parts the date from the time as a bar does.
            if (w.Is("@") || ((w.Is("/") || w.Is("//")) && i > 0))
            {
                return 1;
            }

            // "timer 3 min. read", "calendar Mar 6, 2025": an icon's name copied as a word in lower case before a time or a date.
            if (char.IsLower(c) && i + 1 < to && Lexicon.DateIconWords.Contains(w) && (char.IsDigit(t[i + 1].First) || Dates.CanStartDate(t[i + 1])))
            {
                return 1;
            }

            // "Spring 2025 edition": the magazine's issue the story was printed in, which dates no day (a month's is read above).
            if (i + 2 < to && Lexicon.Seasons.Contains(w) && IsIssue(t, i + 1, to))
            {
                return 3;
            }

            if (LabelAndTimeWords.ContainsBare(w) || Lexicon.Meridiems.Contains(w))
            {
                r.PendingLabel = Lexicon.UpdateLabels.ContainsBare(w) ? 1 : Lexicon.PublicationLabels.ContainsBare(w) ? 2 : r.PendingLabel;
                r.HasRelative |= w.LowerIs("ago") || w.LowerIs("now") || w.LowerIs("today") || w.LowerIs("yesterday");
                r.HasReadingTime |= w.LowerIs("read");
                return 1;
            }

            if (IsZone(w))
            {
                return 1;
            }

            // "14:35 hrs IST": the hours' word some pages print after a clock time.
            if (r.HasClock && (w.LowerIs("hrs") || w.LowerIs("hours")))
            {
                return 1;
            }

            // "10:01, UK": the region whose clock the time is, after it.
            if (r.HasClock && w.End - w.Start <= 3 && char.IsUpper(w.Source[w.Start]) && char.IsUpper(w.Source[w.End - 1]) && Lexicon.ClockRegions.Contains(w))
            {
                return 1;
            }

            // "10:15:00 +0000": a zone written as its offset, after a time of day.
            if (r.HasClock && IsOffset(w))
            {
                return 1;
            }

            // "March 4, 2024 | No Comments", "· Leave a reply": a blog's link to its comments, set after the date.
            var prompt = CommentPromptLength(t, i, to);
            if (prompt > 0)
            {
                return prompt;
            }

            // "about 3 hours ago", "nearly an hour ago": a hedge before a relative time's count, read with the count.
            if (i + 2 < to && Lexicon.RelativeTimeHedges.Contains(w) && Lexicon.TimeUnits.ContainsBare(t[i + 2]) &&
                (char.IsDigit(t[i + 1].First) || t[i + 1].LowerIs("a") || t[i + 1].LowerIs("an")))
            {
                return 1;
            }

            // "a minute ago", "an hour ago"
            if ((w.LowerIs("a") || w.LowerIs("an")) && i + 1 < to && Lexicon.TimeUnits.ContainsBare(t[i + 1]))
            {
                r.HasRelative = true;
                return 2;
            }

            return 0;
        }

        /// <summary>A token that starts with a digit: a day, a year, a numeric date, a time, a count or a relative time.</summary>
        private static int ReadNumber(LineTokens t, int i, int to, ref DateRunResult r)
        {
            var w = t[i];
            var text = w.Text;
            if (Dates.TryReadNumeric(text, out var year, out var month, out var day))
            {
                Remember(ref r, year, month, day);
                r.HasClock |= text.IndexOf('T') > 0;
                return 1;
            }

            if (Dates.TryReadDashedMonth(w, out year, out month, out day))
            {
                Remember(ref r, year, month, day);
                return 1;
            }

            if (Dates.CanStartDate(w))
            {
                var used = Dates.TryRead(t.WordArray, i, to, out year, out month, out day);
                if (used > 0)
                {
                    Remember(ref r, year, month, day);
                    return used;
                }
            }

            if (Dates.IsClockTime(text))
            {
                r.HasClock = true;
                return 1;
            }

            var next = i + 1 < to ? t[i + 1] : default;
            var hasNext = i + 1 < to;
            if (IsInteger(text))
            {
                // "5 AM", "2010 GMT": an hour or a clock time before its half of the day or its zone.
                if (hasNext && (Lexicon.Meridiems.Contains(next) || IsZone(next)) && text.Length <= 4)
                {
                    r.HasClock = true;
                    return 1;
                }

                // "1382 words": a post's length, printed beside its reading time.
                if (hasNext && next.LowerIs("words"))
                {
                    r.HasReadingTime = true;
                    return 2;
                }

                // "7 hours ago", "5 min read", "3 mins", "3 mins to read"
                if (hasNext && Lexicon.TimeUnits.ContainsBare(next))
                {
                    if (i + 3 < to && t[i + 2].LowerIs("to") && t[i + 3].LowerIs("read"))
                    {
                        r.HasReadingTime = true;
                        return 4;
                    }

                    if (i + 2 < to && t[i + 2].LowerIs("read"))
                    {
                        r.HasReadingTime = true;
                    }
                    else
                    {
                        r.HasRelative = true;
                    }

                    return 2;
                }

                // "0 Comments"
                if (hasNext && Lexicon.CountedThings.ContainsBare(next))
                {
                    return 2;
                }

                // Counts a header prints after its date ("November 21, 2025 0 1747"): only once a date was read.
                if (r.HasDayAndMonth && text.Length <= 7)
                {
                    return 1;
                }

                // A year alone after a day and month read without one cannot happen (TryRead takes it); a year alone is no date.
                return 0;
            }

            // "7h", "2min", "3hrs": a relative time written as one token.
            var digits = 0;
            while (digits < text.Length && char.IsDigit(text[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits < text.Length && digits <= 3 && Lexicon.TimeUnits.Contains(text.Substring(digits)))
            {
                r.HasRelative = true;
                return 1;
            }

            return 0;
        }

        /// <summary>How many tokens from <paramref name="i"/> are a comment prompt after a bar (<c>| Leave a comment</c>), else 0.</summary>
        private static int CommentPromptLength(LineTokens t, int i, int to)
        {
            if (i == 0 || (t.Before(i) & Separators.Bar) == 0)
            {
                return 0;
            }

            for (var n = Math.Min(Lexicon.CommentPrompts.MaxWords, to - i); n > 0; n--)
            {
                if ((n == 1 || NoSeparatorWithin(t, i, i + n)) && Lexicon.CommentPrompts.Contains(t.Source, t[i].Start, t[i + n - 1].End))
                {
                    return n;
                }
            }

            return 0;
        }

        /// <summary>An offset from UTC: <c>+0000</c>, <c>-05:00</c>.</summary>
        private static bool IsOffset(Word w)
        {
            var length = w.End - w.Start;
            if ((length != 5 && length != 6) || (w.First != '+' && w.First != '-'))
            {
                return false;
            }

            var digits = 0;
            for (var k = w.Start + 1; k < w.End; k++)
            {
                var c = w.Source[k];
                if (char.IsDigit(c))
                {
                    digits++;
                }
                else if (c != ':' || k != w.Start + 3)
                {
                    return false;
                }
            }

            return digits == 4;
        }

        private static bool NoSeparatorWithin(LineTokens t, int from, int to)
        {
            for (var k = from + 1; k < to; k++)
            {
                if (t.Before(k) != Separators.None)
                {
                    return false;
                }
            }

            return true;
        }

        private static void Remember(ref DateRunResult r, int year, int month, int day)
        {
            // "Updated March 5, 2024 | Published March 4, 2024": the story's date is its publication's, wherever the line sets it.
            var publicationAfterUpdate = r.Month > 0 && r.DateIsUpdate && r.PendingLabel == 2 && year > 0;
            if (r.Month == 0 || publicationAfterUpdate || (r.Year == 0 && year > 0 && r.Month == month && r.Day == day))
            {
                r.DateIsUpdate = r.Month == 0 ? r.PendingLabel == 1 : !publicationAfterUpdate && r.DateIsUpdate;
                r.Year = year;
                r.Month = month;
                r.Day = day;
            }

            r.PendingLabel = 0;
        }

        /// <summary>A time zone, also with an offset: <c>GMT</c>, <c>GMT+1</c>, <c>UTC-05:00</c>.</summary>
        private static bool IsZone(Word w)
        {
            var end = w.End;
            for (var k = w.Start; k < w.End; k++)
            {
                if (w.Source[k] == '+' || (w.Source[k] == '-' && k > w.Start))
                {
                    end = k;
                    break;
                }
            }

            return end > w.Start && end - w.Start <= 4 && char.IsUpper(w.Source[w.Start]) && Lexicon.TimeZones.Contains(w.Source, w.Start, end);
        }

        /// <summary>A year and a word naming an issue at <paramref name="i"/> (<c>2024 issue</c>), after a month or season.</summary>
        private static bool IsIssue(LineTokens t, int i, int to) =>
            i + 1 < to && t[i].IsFourDigitYear && Lexicon.IssueWords.ContainsBare(t[i + 1]);

        private static bool IsInteger(string s)
        {
            if (s.Length == 0)
            {
                return false;
            }

            foreach (var c in s)
            {
                if (!char.IsDigit(c) && c != ',')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
