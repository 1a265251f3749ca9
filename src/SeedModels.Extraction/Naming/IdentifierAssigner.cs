using System;
using System.Collections.Generic;
using System.Globalization;

namespace SeedModels.Extraction.Naming
{
    /// <summary>
    /// Gives every article of a project a distinct type name. Articles are ordered by source path (ordinal), so
    /// the suffixes (<c>2</c>, <c>3</c>, …) do not depend on the order files arrive in.
    /// </summary>
    internal static class IdentifierAssigner
    {
        /// <summary>For each (identifier, source file): the type name and, when it collided, the file it collided with.</summary>
        public static (string TypeName, string? CollidedWith)[] Assign(IReadOnlyList<(string Identifier, string SourceFile)> articles, ICollection<string>? reserved = null)
        {
            var order = new int[articles.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            if (!InSourceOrder(articles, a => a.SourceFile))
            {
                Array.Sort(order, (a, b) =>
                {
                    var bySource = string.CompareOrdinal(articles[a].SourceFile, articles[b].SourceFile);
                    return bySource != 0 ? bySource : a.CompareTo(b);
                });
            }

            var taken = new Dictionary<string, string>(articles.Count, StringComparer.Ordinal);
            var result = new (string TypeName, string? CollidedWith)[articles.Count];
            foreach (var index in order)
            {
                var (identifier, sourceFile) = articles[index];
                var name = identifier;
                string? collided = null;
                if (taken.TryGetValue(name, out var first) || (reserved != null && reserved.Contains(name)))
                {
                    collided = first ?? name;
                    for (var n = 2; ; n++)
                    {
                        var candidate = identifier + n.ToString(CultureInfo.InvariantCulture);
                        if (!taken.ContainsKey(candidate) && (reserved == null || !reserved.Contains(candidate)))
                        {
                            name = candidate;
                            break;
                        }
                    }
                }

                taken[name] = sourceFile;
                result[index] = (name, collided);
            }

            return result;
        }

        /// <summary>
        /// Whether <paramref name="items"/> already stand in ordinal source-path order. Callers check before sorting: the
        /// files usually arrive in the same, often sorted, order on every run, and the check is one comparison per item.
        /// </summary>
        public static bool InSourceOrder<T>(IReadOnlyList<T> items, Func<T, string> sourceFile)
        {
            for (var i = 1; i < items.Count; i++)
            {
                if (string.CompareOrdinal(sourceFile(items[i - 1]), sourceFile(items[i])) > 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
