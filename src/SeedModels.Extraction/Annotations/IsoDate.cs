using System;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Annotations
{
    /// <summary>A <c>date</c> annotation's value read as <c>yyyy-MM-dd</c>: <see cref="Dates.TryParseIso"/>, with the usual shape read here.</summary>
    internal static class IsoDate
    {
        /// <summary>
        /// The same answer and date as <see cref="Dates.TryParseIso"/>. Ten characters, four ASCII digits, a hyphen, two,
        /// a hyphen, two, is read here: the framework's exact parse of such a text succeeds exactly when the year is at
        /// least 1, the month 1 to 12 and the day within the month, and gives that date (checked against it for every
        /// month and day from 00 to 99 in two hundred years, 0000 and leap years among them). Any other text goes to the
        /// framework, whose format parser costs more than the rest of the annotation checks together.
        /// </summary>
        public static bool TryParse(string value, out DateTime date)
        {
            if (value.Length != 10 || value[4] != '-' || value[7] != '-' || !Digits(value, 0) || !Digits(value, 2) || !Digits(value, 5) || !Digits(value, 8))
            {
                return Dates.TryParseIso(value, out date);
            }

            var year = (Number(value, 0) * 100) + Number(value, 2);
            var month = Number(value, 5);
            var day = Number(value, 8);
            if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateTime(year, month, day);
                return true;
            }

            date = default;
            return false;
        }

        /// <summary>Two ASCII digits at <paramref name="i"/>.</summary>
        private static bool Digits(string s, int i) => s[i] >= '0' && s[i] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9';

        private static int Number(string s, int i) => ((s[i] - '0') * 10) + (s[i + 1] - '0');
    }
}
