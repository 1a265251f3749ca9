using System;
using System.Collections.Generic;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Queries over the unit list that several detectors share.</summary>
    internal static class Units
    {
        /// <summary>
        /// Gives every undecided unit that stands between body paragraphs (after the first, before the last) to
        /// <paramref name="tryClaim"/>, which claims it (returns true, having set its kind) or leaves it as body.
        /// </summary>
        public static void ClaimBetweenBody(List<Unit> units, Func<Unit, bool> tryClaim)
        {
            var seenBody = false;
            var lastText = LastText(units);
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                seenBody |= unit.Kind == UnitKind.Standfirst;
                if (unit.Kind == UnitKind.Text && !(seenBody && i < lastText && tryClaim(unit)))
                {
                    seenBody = true;
                }
            }
        }

        /// <summary>
        /// The index of the last undecided (body) unit, -1 when there is none: "is there body after i" is then one
        /// comparison, so a detector's loop stays linear however long the article.
        /// </summary>
        public static int LastText(List<Unit> units)
        {
            for (var i = units.Count - 1; i >= 0; i--)
            {
                if (units[i].Kind == UnitKind.Text)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
