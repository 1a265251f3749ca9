using System;
using System.Collections.Generic;

namespace SeedModels.Generated
{
    /// <summary>The known keys nearest to one that was not found, for an error message; runs only when a lookup fails.</summary>
    internal static class NearMatches
    {
        /// <summary>
        /// At most <paramref name="count"/> of <paramref name="known"/>: those equal ignoring case first, then those that start
        /// with the other, then those within a few edits (a quarter of the length, at least 2), nearest first.
        /// </summary>
        public static List<string> For(string key, IReadOnlyList<string> known, int count)
        {
            var ranked = new List<(int Rank, int Distance, string Name)>();
            var budget = Math.Max(2, key.Length / 4);
            foreach (var name in known)
            {
                if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
                {
                    ranked.Add((0, 0, name));
                }
                else if (key.Length >= 3 && (name.StartsWith(key, StringComparison.OrdinalIgnoreCase) || key.StartsWith(name, StringComparison.OrdinalIgnoreCase)))
                {
                    ranked.Add((1, Math.Abs(name.Length - key.Length), name));
                }
                else if (Math.Abs(name.Length - key.Length) <= budget && Distance(name, key, budget) is var d && d <= budget)
                {
                    ranked.Add((2, d, name));
                }
            }

            ranked.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Name, b.Name));
            var near = new List<string>(Math.Min(count, ranked.Count));
            for (var i = 0; i < ranked.Count && near.Count < count; i++)
            {
                near.Add(ranked[i].Name);
            }

            return near;
        }

        /// <summary>Levenshtein distance ignoring case, or more than <paramref name="budget"/> once it is certain to exceed it.</summary>
        private static int Distance(string a, string b, int budget)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var best = current[0];
                for (var j = 1; j <= b.Length; j++)
                {
                    var same = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]);
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
                    best = Math.Min(best, current[j]);
                }

                if (best > budget)
                {
                    return budget + 1;
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
